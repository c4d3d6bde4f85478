package dev.cprops.mock.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cprops.mock.MockServer;
import dev.cprops.mock.openapi.OpenApiDocument.Operation;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the OpenAPI document against a running mock server (demo data, random
 * port), as a stateful fuzzer would: in the document's order, each request body is the operation's
 * documented example, and each path parameter comes from a {@code link} of an earlier answer (a
 * create links to its get, patch and delete). Every answer must be the operation's documented
 * success status, carry the documented headers, and match the documented schema.
 *
 * <p>Before an API operation's example is sent, the walk sends what the document forbids, as a
 * fuzzer's negative cases: a query parameter the operation does not list ({@code 400
 * unknown_parameter}); the example with a member the schema does not list ({@code
 * additionalProperties: false}: {@code 400 unknown_field}), and with {@code null} in each member
 * that is not {@code nullable} ({@code 400 invalid_type}). Each refusal must name the parameter or
 * member and leave everything the vendor can read unchanged. Each documented query parameter must
 * be known to the server.
 */
class DocumentedExamplesWalkTest {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static final Pattern BODY_EXPRESSION = Pattern.compile("\\$response\\.body#(/.*)");

  private static OpenApiDocument document;
  private static SchemaCheck schemas;
  private static MockServer server;

  @BeforeAll
  static void start() {
    document = OpenApiDocument.load();
    schemas = new SchemaCheck(document);
    server = MockServer.builder().customers(5).webhookAttempts(1).build().start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void everyOperation_answersItsDocumentedExample_withTheDocumentedStatusHeadersAndSchema() {
    // operationId -> path parameter -> value, filled from the links of earlier answers
    Map<String, Map<String, String>> linked = new HashMap<>();
    List<String> walked = new ArrayList<>();
    List<String> problems = new ArrayList<>();

    for (Operation operation : document.operations()) {
      String path = fillPath(operation, linked.getOrDefault(operation.id(), Map.of()));
      String success = successStatus(operation);
      JsonNode documented = operation.node().path("responses").path(success);
      if (!path.startsWith("/__admin")) {
        problems.addAll(refusals(operation, path));
      }
      HttpResponse<String> answer = send(operation, path, example(operation));
      walked.add(operation.id());

      String label = operation + " -> " + answer.statusCode() + " " + shorten(answer.body());
      if (!String.valueOf(answer.statusCode()).equals(success)) {
        problems.add(label + ": expected " + success);
        continue;
      }
      for (String header : names(documented.path("headers"))) {
        if (answer.headers().firstValue(header).isEmpty()) {
          problems.add(label + ": the documented header " + header + " is missing");
        }
      }
      JsonNode body = parse(answer, documented, label, problems);
      if (body == null) {
        continue;
      }
      follow(documented.path("links"), body, linked);
    }

    assertThat(walked).hasSameSizeAs(document.operations());
    assertThat(problems).isEmpty();
  }

  @Test
  void everyOperationWithPathParameters_isReachedByALink_andEveryBodyHasAnExample() {
    Map<String, Integer> linkTargets = new TreeMap<>();
    for (Operation operation : document.operations()) {
      for (JsonNode response : operation.node().path("responses")) {
        for (JsonNode link : document.resolve(response).path("links")) {
          linkTargets.merge(link.path("operationId").asText(), 1, Integer::sum);
        }
      }
    }
    for (Operation operation : document.operations()) {
      if (operation.path().contains("{")) {
        assertThat(linkTargets).as("a link to " + operation).containsKey(operation.id());
      }
      if (operation.node().has("requestBody")) {
        assertThat(example(operation)).as("the request example of " + operation).isNotNull();
      }
    }
  }

  // ---- negative cases ----

  /** A request the document forbids, and the error it must get. */
  private record Refusal(String pathAndQuery, JsonNode body, String field, String code) {}

  /**
   * What the operation's schemas forbid, each sent and checked to be refused as documented and to
   * change nothing: an unlisted query parameter, and (for a body) an unlisted member and {@code
   * null} in each member that is not nullable. Each documented query parameter, on the contrary,
   * must be known to the server.
   */
  private static List<String> refusals(Operation operation, String path) {
    List<Refusal> refusals = new ArrayList<>();
    JsonNode example = example(operation);
    refusals.add(
        new Refusal(
            path + "?x_not_a_parameter=1", example, "x_not_a_parameter", "unknown_parameter"));
    if (example instanceof ObjectNode object) {
      JsonNode schema =
          document.resolve(
              operation
                  .node()
                  .path("requestBody")
                  .path("content")
                  .path("application/json")
                  .path("schema"));
      refusals.add(
          new Refusal(
              path,
              object.deepCopy().put("x_not_in_the_schema", 1),
              "x_not_in_the_schema",
              "unknown_field"));
      for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
        if (!property.getValue().path("nullable").asBoolean(false)) {
          refusals.add(
              new Refusal(
                  path,
                  object.deepCopy().putNull(property.getKey()),
                  property.getKey(),
                  "invalid_type"));
        }
      }
    }
    List<String> problems = new ArrayList<>();
    for (Refusal refusal : refusals) {
      JsonNode before = vendorState();
      HttpResponse<String> answer = send(operation, refusal.pathAndQuery(), refusal.body());
      String label =
          operation
              + " "
              + refusal.pathAndQuery()
              + " with "
              + refusal.body()
              + " -> "
              + answer.statusCode()
              + " "
              + shorten(answer.body());
      if (answer.statusCode() != 400 || !hasError(answer, refusal.field(), refusal.code())) {
        problems.add(label + ": expected 400 " + refusal.code() + " for " + refusal.field());
      }
      if (!vendorState().equals(before)) {
        problems.add(label + ": the refusal changed the stored state");
      }
    }
    for (JsonNode parameter : operation.node().path("parameters")) {
      JsonNode resolved = document.resolve(parameter);
      if (!resolved.path("in").asText().equals("query")) {
        continue;
      }
      String name = resolved.path("name").asText();
      HttpResponse<String> answer =
          send(operation, path + "?" + name + "=" + sample(resolved.path("schema")), null);
      if (hasError(answer, name, "unknown_parameter")) {
        problems.add(operation + ": the documented query parameter " + name + " is unknown");
      }
    }
    return problems;
  }

  /**
   * A value of the parameter's schema: its default, else its first enum value, else a plain one.
   */
  private static String sample(JsonNode schema) {
    if (schema.has("default")) {
      return schema.get("default").asText();
    }
    if (schema.has("enum")) {
      return schema.get("enum").get(0).asText();
    }
    return schema.path("type").asText().equals("integer") ? "1" : "x";
  }

  private static boolean hasError(HttpResponse<String> answer, String field, String code) {
    try {
      for (JsonNode error : JSON.readTree(answer.body()).path("errors")) {
        if (error.path("field").asText().equals(field)
            && error.path("code").asText().equals(code)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  /** Everything the vendor can read, archived items included. */
  private static JsonNode vendorState() {
    ObjectNode state = JSON.createObjectNode();
    for (String list :
        List.of(
            "/customer-properties?include_archived=true&limit=250",
            "/customers?include_archived=true&expand=fields&limit=250",
            "/partnerships?limit=250",
            "/webhooks?limit=250")) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(server.baseUrl() + list))
              .header("Authorization", vendorAuthorization())
              .build();
      try {
        state.set(
            list, JSON.readTree(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).body()));
      } catch (IOException e) {
        throw new AssertionError(list, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    return state;
  }

  // ---- one step ----

  private static String fillPath(Operation operation, Map<String, String> values) {
    Matcher matcher = PATH_PARAMETER.matcher(operation.path());
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      assertThat(value)
          .as("no earlier answer linked a value for {" + matcher.group(1) + "} of " + operation)
          .isNotNull();
      matcher.appendReplacement(
          path,
          Matcher.quoteReplacement(
              URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
    }
    matcher.appendTail(path);
    return path.toString();
  }

  /** The lowest 2xx status the operation documents. */
  private static String successStatus(Operation operation) {
    return names(operation.node().path("responses")).stream()
        .filter(status -> status.startsWith("2"))
        .sorted()
        .findFirst()
        .orElseThrow(() -> new AssertionError(operation + " documents no success"));
  }

  private static JsonNode example(Operation operation) {
    JsonNode body = operation.node().path("requestBody");
    if (body.isMissingNode()) {
      return null;
    }
    JsonNode example = body.path("content").path("application/json").path("example");
    return example.isMissingNode() ? null : example;
  }

  private static JsonNode parse(
      HttpResponse<String> answer, JsonNode documented, String label, List<String> problems) {
    JsonNode content = documented.path("content");
    if (content.isEmpty()) {
      return null;
    }
    String mediaType = content.fieldNames().next();
    String contentType = answer.headers().firstValue("Content-Type").orElse("");
    if (!contentType.startsWith(mediaType)) {
      problems.add(label + ": Content-Type " + contentType + ", documented " + mediaType);
    }
    JsonNode body;
    try {
      body =
          mediaType.equals("application/yaml")
              ? OpenApiDocument.YAML.readTree(answer.body())
              : JSON.readTree(answer.body());
    } catch (IOException e) {
      problems.add(label + ": not " + mediaType + ": " + e.getMessage());
      return null;
    }
    for (String problem : schemas.problems(content.path(mediaType).path("schema"), body)) {
      problems.add(label + ": " + problem);
    }
    return body;
  }

  /** Records the path parameters that the answer's links give to their target operations. */
  private static void follow(
      JsonNode links, JsonNode body, Map<String, Map<String, String>> linked) {
    for (JsonNode link : links) {
      Map<String, String> parameters =
          linked.computeIfAbsent(link.path("operationId").asText(), id -> new HashMap<>());
      for (Map.Entry<String, JsonNode> parameter : link.path("parameters").properties()) {
        Matcher expression = BODY_EXPRESSION.matcher(parameter.getValue().asText());
        assertThat(expression.matches()).as(parameter.getValue().asText()).isTrue();
        JsonNode value = body.at(expression.group(1));
        assertThat(value.isValueNode())
            .as(parameter.getValue().asText() + " in " + shorten(body.toString()))
            .isTrue();
        parameters.put(parameter.getKey(), value.asText());
      }
    }
  }

  private static HttpResponse<String> send(Operation operation, String path, JsonNode body) {
    String base = path.startsWith("/__admin") ? server.rootUrl() : server.baseUrl();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    String authorization = authorization(operation);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    for (JsonNode parameter : operation.node().path("parameters")) {
      JsonNode header = document.resolve(parameter);
      if (header.path("in").asText().equals("header") && header.path("required").asBoolean()) {
        request.header(header.path("name").asText(), header.path("example").asText());
      }
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
      request.method(
          operation.method().toUpperCase(java.util.Locale.ROOT),
          HttpRequest.BodyPublishers.ofString(body.toString()));
    } else {
      request.method(
          operation.method().toUpperCase(java.util.Locale.ROOT),
          HttpRequest.BodyPublishers.noBody());
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(operation + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The credentials of the operation's security scheme: vendor keys, a demo partner, or none. */
  private static String authorization(Operation operation) {
    JsonNode security =
        operation.node().has("security")
            ? operation.node().get("security")
            : document.root().path("security");
    if (security.isEmpty() || security.get(0).isEmpty()) {
      return null;
    }
    if (security.get(0).has("partnerBearer")) {
      return "Bearer ptk_demo_jane";
    }
    return vendorAuthorization();
  }

  private static String vendorAuthorization() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (server.publicKey() + ":" + server.secretKey()).getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String shorten(String text) {
    return text.length() <= 300 ? text : text.substring(0, 297) + "...";
  }
}
