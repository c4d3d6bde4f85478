package dev.cprops.mock.crm;

import dev.cprops.mock.api.ApiRequest;
import dev.cprops.mock.api.ApiResponse;
import dev.cprops.mock.json.JsonSyntaxException;
import dev.cprops.mock.json.JsonValueReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The companies routes of the CRM, shaped like HubSpot's CRM v3 objects API: list ({@code limit},
 * {@code after}, {@code properties}), search, get, update and batch update (by id, or by the unique
 * {@code customer_key} with {@code idProperty}).
 */
final class CrmRoutes {
  static final String COMPANIES = "/crm/v3/objects/companies";
  static final int MAX_LIST_LIMIT = 100;
  static final int MAX_SEARCH_LIMIT = 200;
  static final int MAX_BATCH = 100;
  private static final JsonValueReader READER =
      new JsonValueReader(JsonValueReader.DEFAULT_MAX_DEPTH);

  private final CrmStore store;

  CrmRoutes(CrmStore store) {
    this.store = store;
  }

  ApiResponse handle(ApiRequest request) {
    String path = request.path();
    String method = request.method();
    CrmQuery query = CrmQuery.parse(request.rawQuery());
    if (path.equals(COMPANIES)) {
      requireMethod(method, "GET");
      return list(query);
    }
    if (path.equals(COMPANIES + "/search")) {
      requireMethod(method, "POST");
      return search(body(request));
    }
    if (path.equals(COMPANIES + "/batch/update")) {
      requireMethod(method, "POST");
      return batchUpdate(body(request));
    }
    String rest = path.startsWith(COMPANIES + "/") ? path.substring(COMPANIES.length() + 1) : "";
    if (rest.isEmpty() || rest.contains("/")) {
      throw new CrmException(404, "OBJECT_NOT_FOUND", "No route for " + path);
    }
    String id = URLDecoder.decode(rest, StandardCharsets.UTF_8);
    String idProperty = idProperty(query.first("idProperty"));
    return switch (method) {
      case "GET" -> ApiResponse.json(200, CompanyJson.of(find(idProperty, id), query.properties()));
      case "PATCH" -> update(idProperty, id, body(request));
      default -> throw methodNotAllowed(method);
    };
  }

  private ApiResponse list(CrmQuery query) {
    int limit = query.integer("limit", 10, 1, MAX_LIST_LIMIT);
    String after = query.first("after");
    if (after != null && !after.matches("\\d{1,18}")) {
      throw CrmException.validation(
          "after must be a cursor from paging.next.after, got '" + after + "'");
    }
    List<String> selection = query.properties();
    List<Company> page =
        "true".equals(query.first("archived"))
            ? List.of()
            : store.page(after == null ? null : Long.parseLong(after), limit + 1);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("results", results(page.subList(0, Math.min(limit, page.size())), selection));
    if (page.size() > limit) {
      body.put("paging", next(page.get(limit - 1).id()));
    }
    return ApiResponse.json(200, body);
  }

  private ApiResponse search(Map<String, Object> body) {
    CompanySearch search = CompanySearch.parse(body);
    int limit = integer(body.get("limit"), "limit", 10, MAX_SEARCH_LIMIT);
    int offset = 0;
    if (body.get("after") != null) {
      String after = CompanyJson.text(body.get("after"));
      if (!after.matches("\\d{1,9}")) {
        throw CrmException.validation(
            "after must be a number from paging.next.after, got '" + after + "'");
      }
      offset = Integer.parseInt(after);
    }
    List<String> selection = body.get("properties") == null ? null : names(body.get("properties"));
    List<Company> found = search.apply(store.all());
    int from = Math.min(offset, found.size());
    int to = Math.min(from + limit, found.size());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("total", found.size());
    answer.put("results", results(found.subList(from, to), selection));
    if (to < found.size()) {
      answer.put("paging", next(Integer.toString(to)));
    }
    return ApiResponse.json(200, answer);
  }

  private ApiResponse update(String idProperty, String id, Map<String, Object> body) {
    Company company = find(idProperty, id);
    Map<String, String> values = values(body.get("properties"), "properties");
    Company updated = store.update(List.of(new CrmStore.Change(company, values))).get(0);
    return ApiResponse.json(200, CompanyJson.of(updated, null));
  }

  private ApiResponse batchUpdate(Map<String, Object> body) {
    String startedAt = Instant.now().toString();
    if (!(body.get("inputs") instanceof List<?> inputs) || inputs.isEmpty()) {
      throw CrmException.validation("inputs must be a list of 1 to " + MAX_BATCH + " objects");
    }
    if (inputs.size() > MAX_BATCH) {
      throw CrmException.validation(
          "inputs holds " + inputs.size() + " objects; at most " + MAX_BATCH + " are allowed");
    }
    List<CrmStore.Change> changes = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < inputs.size(); i++) {
      if (!(inputs.get(i) instanceof Map<?, ?> input)) {
        throw CrmException.validation("inputs[" + i + "] must be an object");
      }
      Object rawId = input.get("id");
      if (rawId == null) {
        throw CrmException.validation("inputs[" + i + "].id is required");
      }
      String id = CompanyJson.text(rawId);
      String idProperty =
          idProperty(
              input.get("idProperty") == null ? null : CompanyJson.text(input.get("idProperty")));
      if (!seen.add(idProperty + ":" + id)) {
        throw CrmException.validation("Duplicate IDs found in batch input: [" + id + "]");
      }
      Map<String, String> values = values(input.get("properties"), "inputs[" + i + "].properties");
      store
          .find(idProperty, id)
          .ifPresentOrElse(c -> changes.add(new CrmStore.Change(c, values)), () -> missing.add(id));
    }
    List<Company> updated = store.update(changes);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("status", "COMPLETE");
    answer.put("results", results(updated, null));
    answer.put("startedAt", startedAt);
    answer.put("completedAt", Instant.now().toString());
    if (missing.isEmpty()) {
      return ApiResponse.json(200, answer);
    }
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("status", "error");
    error.put("category", "OBJECT_NOT_FOUND");
    error.put(
        "message",
        "Could not get some COMPANY objects, they may be deleted or not exist. Check that ids are"
            + " valid.");
    error.put("context", Map.of("ids", missing));
    answer.put("numErrors", missing.size());
    answer.put("errors", List.of(error));
    return ApiResponse.json(207, answer);
  }

  private Company find(String idProperty, String id) {
    return store
        .find(idProperty, id)
        .orElseThrow(
            () ->
                CrmException.notFound(
                    "Object not found.  objectId are usually numeric. ("
                        + idProperty
                        + "="
                        + id
                        + ")"));
  }

  private static Map<String, String> values(Object raw, String name) {
    if (!(raw instanceof Map<?, ?> properties)) {
      throw CrmException.validation(name + " must be an object of property values");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : properties.entrySet()) {
      String property = entry.getKey().toString();
      if (CompanyProperties.READ_ONLY.contains(property)) {
        throw new CrmException(
            400, "READ_ONLY_VALUE", "Property \"" + property + "\" is read-only");
      }
      if (!CompanyProperties.known(property)) {
        throw new CrmException(
            400, "PROPERTY_DOESNT_EXIST", "Property \"" + property + "\" does not exist");
      }
      values.put(property, entry.getValue() == null ? null : CompanyJson.text(entry.getValue()));
    }
    return values;
  }

  private static List<Map<String, Object>> results(
      List<Company> companies, List<String> selection) {
    List<Map<String, Object>> results = new ArrayList<>(companies.size());
    for (Company company : companies) {
      results.add(CompanyJson.of(company, selection));
    }
    return results;
  }

  private static Map<String, Object> next(String after) {
    return Map.of("next", Map.of("after", after));
  }

  private static String idProperty(String given) {
    if (given == null || given.isEmpty()) {
      return CompanyProperties.OBJECT_ID;
    }
    if (!CompanyProperties.UNIQUE.contains(given)) {
      throw CrmException.validation(
          "idProperty must be a unique property: hs_object_id or customer_key, got '"
              + given
              + "'");
    }
    return given;
  }

  private static List<String> names(Object raw) {
    if (!(raw instanceof List<?> list)) {
      throw CrmException.validation("properties must be a list of property names");
    }
    List<String> names = new ArrayList<>();
    for (Object name : list) {
      names.add(CompanyJson.text(name));
    }
    return names;
  }

  private static int integer(Object raw, String name, int defaultValue, int max) {
    if (raw == null) {
      return defaultValue;
    }
    String text = CompanyJson.text(raw);
    try {
      int value = Integer.parseInt(text);
      if (value >= 1 && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw CrmException.validation(name + " must be an integer from 1 to " + max + ", got " + text);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> body(ApiRequest request) {
    byte[] bytes = request.body() == null ? new byte[0] : request.body();
    if (bytes.length == 0) {
      throw CrmException.validation("A JSON object body is required");
    }
    try {
      Object value = READER.read(bytes);
      if (value instanceof Map<?, ?>) {
        return (Map<String, Object>) value;
      }
    } catch (JsonSyntaxException e) {
      throw CrmException.validation("Invalid input JSON: " + e.getMessage());
    }
    throw CrmException.validation("The body must be a JSON object");
  }

  private static void requireMethod(String method, String expected) {
    if (!method.equals(expected)) {
      throw methodNotAllowed(method);
    }
  }

  private static CrmException methodNotAllowed(String method) {
    return new CrmException(405, "METHOD_NOT_ALLOWED", "Method " + method + " is not allowed here");
  }
}
