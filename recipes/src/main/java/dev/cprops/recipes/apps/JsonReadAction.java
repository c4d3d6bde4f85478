package dev.cprops.recipes.apps;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Inputs;
import dev.cprops.connector.spi.Json;
import dev.cprops.connector.spi.JsonFormatException;
import dev.cprops.recipes.failure.FileErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code json.read}: reads a JSON file (e.g. a list of definitions kept in version control). */
final class JsonReadAction implements Action {
  @Override
  public String id() {
    return "read";
  }

  @Override
  public String title() {
    return "Read JSON file";
  }

  @Override
  public String help() {
    return "Reads a JSON file whole; its content is the output's value (numbers as decimals).";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        Field.builder("path", FieldType.STRING)
            .label("File path")
            .optional(false)
            .hint("A JSON file, relative to the working directory or absolute.")
            .build());
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    return List.of(
        Field.builder("path", FieldType.STRING).label("File path").build(),
        Field.builder("value", FieldType.OBJECT).label("Content").build());
  }

  @Override
  public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
    Path path =
        Path.of(Inputs.requiredString(input, "path", "a file path")).toAbsolutePath().normalize();
    Object value;
    try {
      value = Json.parse(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InputException(
          "path", path.toString(), "a readable JSON file: " + FileErrors.reason(path, e));
    } catch (JsonFormatException e) {
      throw new InputException("path", path.toString(), "a file of valid JSON: " + e.getMessage());
    }
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("path", path.toString());
    output.put("value", value);
    return output;
  }
}
