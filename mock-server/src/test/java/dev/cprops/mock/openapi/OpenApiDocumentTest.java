package dev.cprops.mock.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cprops.mock.values.PropertyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped OpenAPI document parses and describes the whole contract of api.md. */
class OpenApiDocumentTest {
  private static OpenApiDocument openApi;
  private static JsonNode document;

  @BeforeAll
  static void load() {
    openApi = OpenApiDocument.load();
    document = openApi.root();
  }

  @Test
  void isAnOpenApi30Document() {
    assertThat(document.path("openapi").asText()).startsWith("3.0.");
    assertThat(document.path("info").path("title").asText()).isNotBlank();
    assertThat(document.path("servers").get(0).path("url").asText()).endsWith("/api/v2");
  }

  @Test
  void describesEveryRouteOfTheContract() {
    Map<String, List<String>> routes =
        Map.ofEntries(
            Map.entry("/customer-properties", List.of("get", "post")),
            Map.entry("/customer-properties/{api_name}", List.of("get", "patch", "delete")),
            Map.entry("/customers", List.of("get", "post")),
            Map.entry("/customers/{id}", List.of("get", "patch", "delete")),
            Map.entry("/partnerships", List.of("get", "post")),
            Map.entry("/webhooks", List.of("get", "post")),
            Map.entry("/webhooks/{key}", List.of("get", "patch", "delete")),
            Map.entry("/webhooks/{key}/deliveries", List.of("get")),
            Map.entry("/partner/customer-properties", List.of("get")),
            Map.entry("/partner/customers", List.of("get")),
            Map.entry("/partner/customers/{id}", List.of("get", "patch")),
            Map.entry("/openapi.yaml", List.of("get")),
            Map.entry("/__admin/customer-properties/reset", List.of("post")),
            Map.entry("/__admin/customer-properties/seed", List.of("post")),
            Map.entry("/__admin/customer-properties/stats", List.of("get")),
            Map.entry("/__admin/customer-properties/rate-limit", List.of("get", "post", "delete")),
            Map.entry("/__admin/customer-properties/chaos/stats", List.of("delete")),
            Map.entry("/__admin/customer-properties/chaos", List.of("get", "post", "delete")));

    routes.forEach(
        (path, methods) ->
            methods.forEach(
                method ->
                    assertThat(document.path("paths").path(path).has(method))
                        .as(method + " " + path)
                        .isTrue()));
    assertThat(names(document.path("paths"))).hasSameSizeAs(routes.keySet());
  }

  @Test
  void everyReferenceResolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(document, refs);

    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).startsWith("#/");
      assertThat(document.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  @Test
  void operationIdsAreUnique_andEveryOperationIsTaggedAndAnswered() {
    Set<String> ids = new HashSet<>();
    forEachOperation(
        (path, method, operation) -> {
          assertThat(ids.add(operation.path("operationId").asText()))
              .as("operationId of " + method + " " + path)
              .isTrue();
          assertThat(operation.path("tags").size()).as(method + " " + path).isPositive();
          assertThat(names(operation.path("responses"))).as(method + " " + path).isNotEmpty();
        });
  }

  @Test
  void apiOperations_answer401And429_withRateLimitHeadersOnSuccess() {
    forEachOperation(
        (path, method, operation) -> {
          if (path.startsWith("/__admin") || path.equals("/openapi.yaml")) {
            return;
          }
          JsonNode responses = operation.path("responses");
          assertThat(responses.has("401")).as(method + " " + path).isTrue();
          assertThat(responses.has("429")).as(method + " " + path).isTrue();
          assertThat(names(responses.path("200").path("headers")))
              .as(method + " " + path)
              .contains("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset");
        });
  }

  @Test
  void partnerRoutesUseBearer_andEverythingElseBasic() {
    JsonNode schemes = document.path("components").path("securitySchemes");
    assertThat(schemes.path("vendorBasic").path("scheme").asText()).isEqualTo("basic");
    assertThat(schemes.path("partnerBearer").path("scheme").asText()).isEqualTo("bearer");
    assertThat(document.path("security").get(0).has("vendorBasic")).isTrue();
    forEachOperation(
        (path, method, operation) -> {
          if (path.startsWith("/partner/")) {
            assertThat(operation.path("security").get(0).has("partnerBearer"))
                .as(method + " " + path)
                .isTrue();
          }
        });
  }

  @Test
  void adminRoutesAreMarkedMockOnly() {
    forEachOperation(
        (path, method, operation) -> {
          if (path.startsWith("/__admin/customer-properties/")) {
            assertThat(operation.path("x-mock-only").asBoolean()).as(method + " " + path).isTrue();
            assertThat(operation.path("tags").get(0).asText()).isEqualTo("Mock server admin");
          }
        });
  }

  @Test
  void propertyTypes_matchTheServer_andTheValueTableCoversEachType() {
    JsonNode types = document.at("/components/schemas/PropertyType");
    List<String> enumerated =
        StreamSupport.stream(types.path("enum").spliterator(), false)
            .map(JsonNode::asText)
            .toList();
    String valueRules = document.at("/components/schemas/PropertyValue/description").asText();

    assertThat(enumerated)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(PropertyType.values()).map(PropertyType::apiName).toList());
    for (String type : enumerated) {
      assertThat(valueRules).as(type).contains("| " + type + " |");
      assertThat(types.path("description").asText()).as(type).contains("| " + type + " |");
    }
  }

  @Test
  void webhookCallback_documentsTheSignatureHeader() {
    JsonNode callback =
        document.at("/paths/~1webhooks/post/callbacks/event/{$request.body#~1target}/post");
    List<String> headers =
        StreamSupport.stream(callback.path("parameters").spliterator(), false)
            .filter(p -> p.path("in").asText().equals("header"))
            .map(p -> p.path("name").asText())
            .toList();

    assertThat(headers).containsExactly("X-Webhook-Event", "X-Webhook-Id", "X-Webhook-Signature");
    assertThat(callback.path("description").asText()).contains("HMAC-SHA256");
  }

  @Test
  void noServerHardCodesAPort_theMockServerIsReachedRelativeOrThroughVariables() {
    List<JsonNode> servers = new ArrayList<>();
    document.path("servers").forEach(servers::add);
    document.path("paths").forEach(path -> path.path("servers").forEach(servers::add));

    assertThat(servers).isNotEmpty();
    for (JsonNode server : servers) {
      String url = server.path("url").asText();
      assertThat(
              url.startsWith("/")
                  || url.startsWith("https://api.partnerstack.com")
                  || url.contains("{port}"))
          .as(url)
          .isTrue();
      for (Map.Entry<String, JsonNode> variable : server.path("variables").properties()) {
        assertThat(url).contains("{" + variable.getKey() + "}");
        assertThat(variable.getValue().has("default")).as(url).isTrue();
      }
    }
  }

  @Test
  void everyJsonRequestBody_refusesUnknownMembers_asTheServerDoes() {
    forEachOperation(
        (path, method, operation) -> {
          JsonNode schema =
              operation.path("requestBody").path("content").path("application/json").path("schema");
          if (!schema.isMissingNode()) {
            assertThat(openApi.resolve(schema).path("additionalProperties").asBoolean(true))
                .as(method + " " + path)
                .isFalse();
          }
        });
  }

  @Test
  void cursorsAreNonEmptyStrings() {
    for (String cursor : List.of("StartingAfter", "EndingBefore")) {
      assertThat(document.at("/components/parameters/" + cursor + "/schema/minLength").asInt())
          .as(cursor)
          .isEqualTo(1);
    }
  }

  @Test
  void theDocumentRoute_describesAYamlObject() {
    JsonNode schema =
        document.at("/paths/~1openapi.yaml/get/responses/200/content/application~1yaml/schema");

    assertThat(schema.path("type").asText()).isEqualTo("object");
    assertThat(schema.path("required").toString()).contains("openapi", "paths");
  }

  private interface OperationVisitor {
    void visit(String path, String method, JsonNode operation);
  }

  private static void forEachOperation(OperationVisitor visitor) {
    for (OpenApiDocument.Operation operation : openApi.operations()) {
      visitor.visit(operation.path(), operation.method(), operation.node());
    }
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (field.getKey().equals("$ref")) {
          refs.add(field.getValue().asText());
        } else {
          collectRefs(field.getValue(), refs);
        }
      }
    } else if (node.isArray()) {
      node.forEach(child -> collectRefs(child, refs));
    }
  }
}
