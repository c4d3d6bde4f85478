package dev.cprops.mock.http;

import dev.cprops.mock.json.JsonSyntaxException;
import dev.cprops.mock.json.JsonValueReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Parses answers of the tests in this package. */
final class Json {
  private Json() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(byte[] body) {
    try {
      return (Map<String, Object>) new JsonValueReader(64).read(body);
    } catch (JsonSyntaxException | ClassCastException e) {
      throw new AssertionError("not a JSON object: " + new String(body, StandardCharsets.UTF_8), e);
    }
  }
}
