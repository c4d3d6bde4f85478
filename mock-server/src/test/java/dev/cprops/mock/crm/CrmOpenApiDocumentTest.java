package dev.cprops.mock.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cprops.mock.MockServer;
import dev.cprops.mock.json.JsonValueReader;
import dev.cprops.mock.json.JsonValueWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CRM's OpenAPI document ({@code openapi/crm.yaml}) and the CRM routes tell the same story: the
 * same paths and methods, limits, property names, operators and id properties as the code, every
 * reference resolves, and real answers of a running server have the documented shapes and statuses.
 * The document is served at {@code /crm/v3/openapi.yaml} without a token.
 */
class CrmOpenApiDocumentTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String TOKEN = "crm_doc_test";
  private static JsonNode document;
  private static byte[] resource;
  private static MockServer server;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = CrmOpenApiDocumentTest.class.getResourceAsStream(CrmOpenApi.RESOURCE)) {
      assertThat(in).as(CrmOpenApi.RESOURCE).isNotNull();
      resource = in.readAllBytes();
    }
    document = new ObjectMapper(new YAMLFactory()).readTree(resource);
    server = MockServer.builder().customers(5).crmAccessToken(TOKEN).build().start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void isAnOpenApi30Document_forTheCrmBasePath_withBearerAuth() {
    assertThat(document.path("openapi").asText()).startsWith("3.0.");
    assertThat(document.path("servers").get(0).path("url").asText()).endsWith(Crm.BASE_PATH);
    assertThat(document.at("/components/securitySchemes/crmBearer/scheme").asText())
        .isEqualTo("bearer");
    assertThat(document.path("security").get(0).has("crmBearer")).isTrue();
  }

  @Test
  void pathsAndMethods_areExactlyTheCrmRoutes() {
    String companies = CrmRoutes.COMPANIES.substring(Crm.BASE_PATH.length());
    Map<String, List<String>> routes = new TreeMap<>();
    routes.put(companies, List.of("get"));
    routes.put(companies + "/search", List.of("post"));
    routes.put(companies + "/batch/update", List.of("post"));
    routes.put(companies + "/{companyId}", List.of("get", "patch"));
    routes.put(CrmOpenApi.PATH.substring(Crm.BASE_PATH.length()), List.of("get"));

    Map<String, List<String>> documented = new TreeMap<>();
    document
        .path("paths")
        .properties()
        .forEach(
            path -> {
              List<String> methods = new ArrayList<>();
              path.getValue()
                  .fieldNames()
                  .forEachRemaining(
                      name -> {
                        if (!name.equals("parameters")) {
                          methods.add(name);
                        }
                      });
              documented.put(path.getKey(), methods);
            });
    assertThat(documented).isEqualTo(routes);
  }

  @Test
  void limits_propertyNames_operatorsAndIdProperties_matchTheCode() {
    JsonNode list = document.at("/paths/~1objects~1companies/get/parameters");
    JsonNode limit =
        StreamSupport.stream(list.spliterator(), false)
            .filter(p -> p.path("name").asText().equals("limit"))
            .findFirst()
            .orElseThrow();
    assertThat(limit.at("/schema/maximum").asInt()).isEqualTo(CrmRoutes.MAX_LIST_LIMIT);
    JsonNode search = document.at("/components/schemas/SearchRequest/properties");
    assertThat(search.at("/limit/oneOf/0/maximum").asInt()).isEqualTo(CrmRoutes.MAX_SEARCH_LIMIT);
    assertThat(search.at("/filterGroups/maxItems").asInt()).isEqualTo(CompanySearch.MAX_GROUPS);
    assertThat(search.at("/filterGroups/items/properties/filters/maxItems").asInt())
        .isEqualTo(CompanySearch.MAX_FILTERS_PER_GROUP);
    assertThat(
            document
                .at("/components/schemas/BatchUpdateRequest/properties/inputs/maxItems")
                .asInt())
        .isEqualTo(CrmRoutes.MAX_BATCH);

    Set<String> names = new HashSet<>(CompanyProperties.WRITABLE);
    names.addAll(CompanyProperties.READ_ONLY);
    assertThat(strings(document.at("/components/schemas/PropertyName/enum")))
        .containsExactlyInAnyOrderElementsOf(names);
    assertThat(strings(document.at("/components/schemas/Filter/properties/operator/enum")))
        .containsExactlyInAnyOrderElementsOf(CompanySearch.OPERATORS);
    assertThat(strings(document.at("/components/parameters/IdProperty/schema/enum")))
        .containsExactlyInAnyOrderElementsOf(CompanyProperties.UNIQUE);
  }

  @Test
  void everyReferenceResolves_andEveryApiOperationAnswers401() {
    List<String> refs = new ArrayList<>();
    collectRefs(document, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).startsWith("#/");
      assertThat(document.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
    Set<String> ids = new HashSet<>();
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        operation -> {
                          if (operation.getKey().equals("parameters")) {
                            return;
                          }
                          JsonNode op = operation.getValue();
                          assertThat(ids.add(op.path("operationId").asText())).isTrue();
                          if (!path.getKey().equals("/openapi.yaml")) {
                            assertThat(op.path("responses").has("401"))
                                .as(operation.getKey() + " " + path.getKey())
                                .isTrue();
                          }
                        }));
  }

  @Test
  void theDocument_isServedWithoutAToken() {
    HttpResponse<byte[]> served = sendBytes("GET", "/openapi.yaml", null);
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.headers().firstValue("Content-Type")).hasValue("application/yaml");
    assertThat(served.body()).isEqualTo(resource);
    assertThat(send("POST", "/openapi.yaml", null, null).statusCode()).isEqualTo(405);
  }

  @Test
  void realAnswers_haveTheDocumentedStatusesAndShapes() {
    server.reseed();
    Set<String> company = required("Company");
    Map<String, Object> page = json(documented("get", "/objects/companies", "?limit=2", null, 200));
    assertThat(page.keySet()).containsExactlyInAnyOrderElementsOf(properties("CompanyPage"));
    assertThat(firstResult(page).keySet()).containsExactlyInAnyOrderElementsOf(company);

    Map<String, Object> found =
        json(documented("post", "/objects/companies/search", "", Map.of("limit", 1), 200));
    assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(properties("SearchPage"));

    Map<String, Object> one =
        json(
            documented(
                "get",
                "/objects/companies/{companyId}",
                "acct_00001?idProperty=customer_key",
                null,
                200));
    assertThat(one.keySet()).containsExactlyInAnyOrderElementsOf(company);
    documented(
        "patch",
        "/objects/companies/{companyId}",
        "acct_00001?idProperty=customer_key",
        Map.of("properties", Map.of("industry", "Robotics")),
        200);

    Map<String, Object> partly =
        json(
            documented(
                "post",
                "/objects/companies/batch/update",
                "",
                Map.of(
                    "inputs",
                    List.of(
                        Map.of(
                            "id",
                            "acct_00002",
                            "idProperty",
                            "customer_key",
                            "properties",
                            Map.of("seats", 12)),
                        Map.of(
                            "id",
                            "nope",
                            "idProperty",
                            "customer_key",
                            "properties",
                            Map.of("seats", 1)))),
                207));
    assertThat(properties("BatchResult")).containsAll(partly.keySet());
    assertThat(partly.keySet()).containsAll(required("BatchResult"));

    Map<String, Object> error =
        json(
            documented(
                "patch",
                "/objects/companies/{companyId}",
                "1001",
                Map.of("properties", Map.of("hs_lastmodifieddate", "x")),
                400));
    assertThat(error.keySet()).containsExactlyInAnyOrderElementsOf(required("Error"));
    assertThat(strings(document.at("/components/schemas/Error/properties/category/enum")))
        .contains((String) error.get("category"));
    documented("get", "/objects/companies/{companyId}", "999999", null, 404);
    documented("get", "/objects/companies", "?limit=101", null, 400);
    documented("post", "/objects/companies/search", "", Map.of("sorts", List.of(1, 2)), 400);
    assertThat(send("GET", "/objects/companies", null, null).statusCode()).isEqualTo(401);
    assertThat(send("DELETE", "/objects/companies/1001", null, "Bearer " + TOKEN).statusCode())
        .isEqualTo(405);
  }

  /** Sends a request for a documented operation and checks that the status is documented. */
  private static HttpResponse<String> documented(
      String method, String path, String rest, Object body, int expected) {
    JsonNode responses = document.path("paths").path(path).path(method).path("responses");
    assertThat(responses.has(Integer.toString(expected)))
        .as(method + " " + path + " documents " + expected)
        .isTrue();
    String url = path.replace("/{companyId}", "/") + rest;
    HttpResponse<String> response = send(method.toUpperCase(), url, body, "Bearer " + TOKEN);
    assertThat(response.statusCode())
        .as(method + " " + url + ": " + response.body())
        .isEqualTo(expected);
    return response;
  }

  private static Set<String> required(String schema) {
    return new HashSet<>(strings(document.at("/components/schemas/" + schema + "/required")));
  }

  private static Set<String> properties(String schema) {
    Set<String> names = new HashSet<>();
    document
        .at("/components/schemas/" + schema + "/properties")
        .fieldNames()
        .forEachRemaining(names::add);
    return names;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> firstResult(Map<String, Object> page) {
    return ((List<Map<String, Object>>) page.get("results")).get(0);
  }

  private static List<String> strings(JsonNode array) {
    assertThat(array.isArray()).as(array.toString()).isTrue();
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              field -> {
                if (field.getKey().equals("$ref")) {
                  refs.add(field.getValue().asText());
                } else {
                  collectRefs(field.getValue(), refs);
                }
              });
    } else if (node.isArray()) {
      node.forEach(child -> collectRefs(child, refs));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(HttpResponse<String> response) {
    try {
      return (Map<String, Object>)
          new JsonValueReader(32).read(response.body().getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  private static HttpResponse<String> send(String method, String path, Object body, String auth) {
    try {
      return CLIENT.send(request(method, path, body, auth), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(method + " " + path + " failed", e);
    }
  }

  private static HttpResponse<byte[]> sendBytes(String method, String path, String auth) {
    try {
      return CLIENT.send(
          request(method, path, null, auth), HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new AssertionError(method + " " + path + " failed", e);
    }
  }

  private static HttpRequest request(String method, String path, Object body, String auth) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.crmBaseUrl() + path));
    if (auth != null) {
      request.header("Authorization", auth);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofByteArray(JsonValueWriter.write(body)));
    }
    return request.build();
  }
}
