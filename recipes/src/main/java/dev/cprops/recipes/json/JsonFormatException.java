package dev.cprops.recipes.json;

/** The text is not JSON, or not the JSON shape that was expected; the message says where. */
public class JsonFormatException extends RuntimeException {
  public JsonFormatException(String message) {
    super(message);
  }
}
