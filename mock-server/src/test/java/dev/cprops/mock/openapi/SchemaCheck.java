package dev.cprops.mock.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small checker of a JSON value against an OpenAPI 3.0 schema object: the keywords this project's
 * document uses ({@code $ref}, {@code allOf}, {@code oneOf}, {@code type}, {@code nullable}, {@code
 * enum}, {@code required}, {@code properties}, {@code additionalProperties}, {@code items}, {@code
 * minItems}, {@code uniqueItems}, {@code minLength}, {@code maxLength}, {@code pattern}, {@code
 * minimum}, {@code maximum}). It lists every mismatch with its JSON path.
 */
final class SchemaCheck {
  private final OpenApiDocument document;

  SchemaCheck(OpenApiDocument document) {
    this.document = document;
  }

  /** Every way {@code value} breaks {@code schema}; empty when it matches. */
  List<String> problems(JsonNode schema, JsonNode value) {
    List<String> problems = new ArrayList<>();
    check(schema, value, "$", problems);
    return problems;
  }

  private void check(JsonNode schemaOrRef, JsonNode value, String path, List<String> problems) {
    JsonNode schema = document.resolve(schemaOrRef);
    if (value.isNull()) {
      if (!nullable(schema)) {
        problems.add(path + ": null where the schema is not nullable");
      }
      return;
    }
    for (JsonNode part : schema.path("allOf")) {
      check(part, value, path, problems);
    }
    if (schema.has("oneOf")) {
      int matching = 0;
      for (JsonNode part : schema.get("oneOf")) {
        if (problems(part, value).isEmpty()) {
          matching++;
        }
      }
      if (matching != 1) {
        problems.add(path + ": " + value + " matches " + matching + " of the oneOf schemas");
      }
    }
    String type = schema.path("type").asText("");
    if (!type.isEmpty() && !hasType(value, type)) {
      problems.add(path + ": " + shorten(value) + " is not of type " + type);
      return;
    }
    if (schema.has("enum") && !OpenApiDocument.enumOf(schema).contains(value.asText())) {
      problems.add(path + ": " + shorten(value) + " is not one of " + schema.get("enum"));
    }
    if (value.isTextual()) {
      checkString(schema, value.asText(), path, problems);
    } else if (value.isNumber()) {
      if (schema.has("minimum")
          && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
        problems.add(path + ": " + value + " is below the minimum " + schema.get("minimum"));
      }
      if (schema.has("maximum")
          && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
        problems.add(path + ": " + value + " is above the maximum " + schema.get("maximum"));
      }
    } else if (value.isObject()) {
      checkObject(schema, value, path, problems);
    } else if (value.isArray()) {
      if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
        problems.add(path + ": fewer than " + schema.get("minItems") + " items");
      }
      if (schema.path("uniqueItems").asBoolean(false)) {
        Set<JsonNode> seen = new HashSet<>();
        value.forEach(
            item -> {
              if (!seen.add(item)) {
                problems.add(path + ": " + item + " is given twice");
              }
            });
      }
      if (schema.has("items")) {
        for (int i = 0; i < value.size(); i++) {
          check(schema.get("items"), value.get(i), path + "[" + i + "]", problems);
        }
      }
    }
  }

  private void checkString(JsonNode schema, String text, String path, List<String> problems) {
    int length = text.codePointCount(0, text.length());
    if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
      problems.add(path + ": '" + text + "' is shorter than " + schema.get("minLength"));
    }
    if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
      problems.add(path + ": a string of " + length + " is longer than " + schema.get("maxLength"));
    }
    if (schema.has("pattern")
        && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
      problems.add(path + ": '" + text + "' does not match " + schema.get("pattern").asText());
    }
  }

  private void checkObject(JsonNode schema, JsonNode value, String path, List<String> problems) {
    for (JsonNode name : schema.path("required")) {
      if (!value.has(name.asText())) {
        problems.add(path + ": the required member " + name.asText() + " is missing");
      }
    }
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.path("additionalProperties");
    for (Map.Entry<String, JsonNode> member : value.properties()) {
      String memberPath = path + "." + member.getKey();
      if (properties.has(member.getKey())) {
        check(properties.get(member.getKey()), member.getValue(), memberPath, problems);
      } else if (additional.isBoolean() && !additional.asBoolean()) {
        if (!inAllOfParts(schema, member.getKey())) {
          problems.add(memberPath + ": not a property of the schema");
        }
      } else if (additional.isObject()) {
        check(additional, member.getValue(), memberPath, problems);
      }
    }
  }

  private boolean inAllOfParts(JsonNode schema, String name) {
    for (JsonNode part : schema.path("allOf")) {
      if (document.resolve(part).path("properties").has(name)) {
        return true;
      }
    }
    return false;
  }

  private boolean nullable(JsonNode schema) {
    if (schema.path("nullable").asBoolean(false) || schema.isEmpty()) {
      return true;
    }
    if (schema.has("type") || schema.has("enum")) {
      return false;
    }
    // A schema without a type of its own (only descriptions, or only composition) takes null when
    // it has no type constraint at all.
    return !schema.has("allOf") && !schema.has("oneOf") && !schema.has("properties");
  }

  private static boolean hasType(JsonNode value, String type) {
    return switch (type) {
      case "string" -> value.isTextual();
      case "integer" ->
          value.isIntegralNumber()
              || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      default -> false;
    };
  }

  private static String shorten(JsonNode value) {
    String text = value.toString();
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
