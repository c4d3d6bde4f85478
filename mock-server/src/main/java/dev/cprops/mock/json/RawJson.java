package dev.cprops.mock.json;

import java.util.Objects;

/**
 * A JSON value already written, e.g. by {@link JsonValueWriter#writeToString(Object)}: {@link
 * JsonValueWriter} copies it into a document as it is, so a part rendered once can be served many
 * times. The text is trusted to be one well-formed JSON value.
 */
public record RawJson(String json) {
  public RawJson {
    Objects.requireNonNull(json, "json");
  }

  @Override
  public String toString() {
    return json;
  }
}
