package dev.cprops.mock.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cprops.mock.values.PropertyType;
import java.io.IOException;
import java.io.InputStream;
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
  private static final String RESOURCE = "/openapi/customer-properties.yaml";
  private static final Set<String> HTTP_METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static JsonNode document;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      document = new ObjectMapper(new YAMLFactory()).readTree(in);
    }
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

  private interface OperationVisitor {
    void visit(String path, String method, JsonNode operation);
  }

  private static void forEachOperation(OperationVisitor visitor) {
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        if (HTTP_METHODS.contains(operation.getKey())) {
          visitor.visit(path.getKey(), operation.getKey(), operation.getValue());
        }
      }
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
