package dev.cprops.mock.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shipped OpenAPI document, read as a tree, with its references followed on demand. */
final class OpenApiDocument {
  static final String RESOURCE = "/openapi/customer-properties.yaml";
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> HTTP_METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final JsonNode root;

  private OpenApiDocument(JsonNode root) {
    this.root = root;
  }

  static OpenApiDocument load() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      return new OpenApiDocument(YAML.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode root() {
    return root;
  }

  /** The node at a JSON pointer into the document. */
  JsonNode at(String pointer) {
    return root.at(pointer);
  }

  /** {@code node} with its {@code $ref}s followed until it is no reference. */
  JsonNode resolve(JsonNode node) {
    JsonNode resolved = node;
    while (resolved.has("$ref")) {
      resolved = root.at(resolved.get("$ref").asText().substring(1));
    }
    return resolved;
  }

  /** One operation of the document. */
  record Operation(String path, String method, JsonNode node) {
    String id() {
      return node.path("operationId").asText();
    }

    @Override
    public String toString() {
      return method.toUpperCase(java.util.Locale.ROOT) + " " + path + " (" + id() + ")";
    }
  }

  /** Every operation, in the order of the document. */
  List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        if (HTTP_METHODS.contains(operation.getKey())) {
          operations.add(new Operation(path.getKey(), operation.getKey(), operation.getValue()));
        }
      }
    }
    return operations;
  }

  /** The enum values of a schema, as strings. */
  static List<String> enumOf(JsonNode schema) {
    List<String> values = new ArrayList<>();
    schema.path("enum").forEach(v -> values.add(v.asText()));
    return values;
  }
}
