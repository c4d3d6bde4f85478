package dev.cprops.mock.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cprops.mock.MockServer;
import dev.cprops.mock.json.JsonValueReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin routes' live answers against the OpenAPI document: the fields of {@code data} are
 * exactly the schema's properties (all of them required), each of the schema's JSON type, and the
 * seed route accepts exactly the fields of its request schema.
 */
class AdminAnswersMatchTheSchemaTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static OpenApiDocument openApi;
  private static JsonNode document;
  private static MockServer server;

  @BeforeAll
  static void start() {
    openApi = OpenApiDocument.load();
    document = openApi.root();
    server = MockServer.builder().customers(5).build().start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void stats_matchesAdminStats() {
    assertMatches(send("GET", "/stats", null), "/paths/~1__admin~1customer-properties~1stats/get");
  }

  @Test
  void reset_answersAdminStats() {
    assertMatches(
        send("POST", "/reset", null), "/paths/~1__admin~1customer-properties~1reset/post");
  }

  @Test
  void seed_answersAdminSeedResult() {
    assertMatches(
        send("POST", "/seed", "{\"seed\":\"demo\",\"customers\":3}"),
        "/paths/~1__admin~1customer-properties~1seed/post");
  }

  @Test
  void seed_acceptsExactlyTheFieldsOfItsRequestSchema() {
    JsonNode request =
        resolve(
            document.at(
                "/paths/~1__admin~1customer-properties~1seed/post/requestBody/content"
                    + "/application~1json/schema"));
    Set<String> fields = new TreeSet<>(properties(request).keySet());

    HttpResponse<String> unknown = send("POST", "/seed", "{\"colour\":\"red\"}");

    assertThat(unknown.statusCode()).isEqualTo(400);
    String message = (String) json(unknown).get("message");
    String prefix = "Unknown field 'colour': expected ";
    assertThat(message).startsWith(prefix);
    assertThat(new TreeSet<>(List.of(message.substring(prefix.length()).split(", "))))
        .isEqualTo(fields);
    assertThat(request.path("additionalProperties").asBoolean(true)).isFalse();
  }

  // ---- helpers ----

  /** The answer's envelope and {@code data} against the operation's 200 schema. */
  private static void assertMatches(HttpResponse<String> response, String operation) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode envelope =
        resolve(document.at(operation + "/responses/200/content/application~1json/schema"));
    Map<String, JsonNode> envelopeFields = properties(envelope);
    Map<String, Object> answer = json(response);
    assertThat(answer.keySet()).isEqualTo(envelopeFields.keySet());

    JsonNode dataSchema = resolve(envelopeFields.get("data"));
    Map<String, JsonNode> fields = properties(dataSchema);
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) answer.get("data");
    assertThat(data.keySet()).as(operation).isEqualTo(fields.keySet());
    assertThat(required(dataSchema)).as(operation + " required").isEqualTo(fields.keySet());
    fields.forEach(
        (name, schema) ->
            assertThat(hasType(data.get(name), schema.path("type").asText()))
                .as(name + " = " + data.get(name) + " is a " + schema.path("type").asText())
                .isTrue());
  }

  /** The properties of an object schema, {@code allOf} parts and references followed. */
  private static Map<String, JsonNode> properties(JsonNode schema) {
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    JsonNode resolved = resolve(schema);
    for (JsonNode part : resolved.path("allOf")) {
      properties.putAll(properties(part));
    }
    resolved.path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
    return properties;
  }

  private static Set<String> required(JsonNode schema) {
    Set<String> required = new LinkedHashSet<>();
    JsonNode resolved = resolve(schema);
    for (JsonNode part : resolved.path("allOf")) {
      required.addAll(required(part));
    }
    resolved.path("required").forEach(name -> required.add(name.asText()));
    return required;
  }

  private static JsonNode resolve(JsonNode schema) {
    return openApi.resolve(schema);
  }

  private static boolean hasType(Object value, String type) {
    return switch (type) {
      case "integer" -> value instanceof BigDecimal n && n.stripTrailingZeros().scale() <= 0;
      case "string" -> value instanceof String;
      case "object" -> value instanceof Map<?, ?>;
      case "array" -> value instanceof List<?>;
      case "boolean" -> value instanceof Boolean;
      case "number" -> value instanceof BigDecimal;
      default -> false;
    };
  }

  private static HttpResponse<String> send(String method, String route, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.adminUrl() + "/customer-properties" + route))
            .header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(method + " " + route, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(HttpResponse<String> response) {
    try {
      return (Map<String, Object>)
          new JsonValueReader(16).read(response.body().getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }
}
