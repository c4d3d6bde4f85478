package dev.cprops.recipes.connections;

import dev.cprops.connector.spi.Json;
import dev.cprops.connector.spi.JsonFormatException;
import dev.cprops.recipes.failure.FileErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a connections file: {@code {"<app id>": {"<field>": value, ...}, ...}}. */
public final class ConnectionsFile {
  private ConnectionsFile() {}

  /**
   * The values per app id.
   *
   * @throws ConnectionException if the file cannot be read or has another shape (the message never
   *     quotes the file's values)
   */
  public static Map<String, Map<String, Object>> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConnectionException(FileErrors.describe("read", "connections file", file, e), e);
    }
    Map<String, Object> root;
    try {
      root = Json.parseObject(text);
    } catch (JsonFormatException e) {
      throw new ConnectionException(
          "connections file "
              + file
              + " is not a JSON object of apps: "
              + e.getMessage()
              + "; expected {\"<app>\": {\"<field>\": \"value\"}}");
    }
    Map<String, Map<String, Object>> apps = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : root.entrySet()) {
      if (!(entry.getValue() instanceof Map<?, ?> values)) {
        throw new ConnectionException(
            "connections file "
                + file
                + ": '"
                + entry.getKey()
                + "' must be an object of connection fields");
      }
      Map<String, Object> copy = new LinkedHashMap<>();
      values.forEach((k, v) -> copy.put(String.valueOf(k), v));
      apps.put(entry.getKey(), copy);
    }
    return apps;
  }
}
