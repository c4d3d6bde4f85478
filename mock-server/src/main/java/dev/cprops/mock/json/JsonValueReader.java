package dev.cprops.mock.json;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.cprops.mock.errors.ErrorCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * Reads one JSON document into plain Java values: {@code Map<String, Object>} (insertion-ordered),
 * {@code List<Object>}, {@code String}, {@code BigDecimal} (every number, exactly as written),
 * {@code Boolean} and {@code null}. Strict: one document, no trailing content, no duplicate keys,
 * nesting at most {@code maxDepth} arrays/objects deep, numbers of at most {@value #MAX_DIGITS}
 * digits on either side of the decimal point (so no value explodes when printed in plain form).
 */
public final class JsonValueReader {
  /** Nesting depth used by the API. */
  public static final int DEFAULT_MAX_DEPTH = 32;

  static final int MAX_DIGITS = 1000;

  private final int maxDepth;

  public JsonValueReader(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  /** Parses {@code json} (UTF-8). */
  public Object read(byte[] json) throws JsonSyntaxException {
    try (JsonReader reader = JsonReader.of(new Buffer().write(json))) {
      Object value = readValue(reader, 0);
      if (!atEnd(reader)) {
        throw new JsonSyntaxException(
            ErrorCode.INVALID_JSON, "Malformed JSON: unexpected content after the value");
      }
      return value;
    } catch (IOException | JsonDataException e) {
      throw new JsonSyntaxException(ErrorCode.INVALID_JSON, "Malformed JSON: " + e.getMessage());
    }
  }

  private static boolean atEnd(JsonReader reader) {
    try {
      return reader.peek() == JsonReader.Token.END_DOCUMENT;
    } catch (IOException | JsonDataException e) {
      return false;
    }
  }

  private Object readValue(JsonReader reader, int depth) throws IOException, JsonSyntaxException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        return readObject(reader, enter(reader, depth));
      case BEGIN_ARRAY:
        return readArray(reader, enter(reader, depth));
      case STRING:
        return reader.nextString();
      case NUMBER:
        return readNumber(reader);
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new JsonSyntaxException(
            ErrorCode.INVALID_JSON, "Malformed JSON: expected a value at " + reader.getPath());
    }
  }

  private int enter(JsonReader reader, int depth) throws JsonSyntaxException {
    if (depth >= maxDepth) {
      throw new JsonSyntaxException(
          ErrorCode.TOO_DEEP,
          "JSON nested too deep at "
              + reader.getPath()
              + ": expected at most "
              + maxDepth
              + " levels of arrays and objects");
    }
    return depth + 1;
  }

  private Map<String, Object> readObject(JsonReader reader, int depth)
      throws IOException, JsonSyntaxException {
    Map<String, Object> object = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (object.containsKey(name)) {
        throw new JsonSyntaxException(
            ErrorCode.DUPLICATE_KEY, "Duplicate key '" + name + "' at " + reader.getPath());
      }
      object.put(name, readValue(reader, depth));
    }
    reader.endObject();
    return object;
  }

  private List<Object> readArray(JsonReader reader, int depth)
      throws IOException, JsonSyntaxException {
    List<Object> array = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      array.add(readValue(reader, depth));
    }
    reader.endArray();
    return array;
  }

  private static BigDecimal readNumber(JsonReader reader) throws IOException, JsonSyntaxException {
    String path = reader.getPath();
    String literal = reader.nextString();
    BigDecimal number;
    try {
      number = new BigDecimal(literal);
    } catch (NumberFormatException e) {
      throw new JsonSyntaxException(
          ErrorCode.NUMBER_OUT_OF_RANGE,
          "Number " + literal + " at " + path + " cannot be represented");
    }
    long integerDigits = (long) number.precision() - number.scale();
    if (integerDigits > MAX_DIGITS || number.scale() > MAX_DIGITS) {
      throw new JsonSyntaxException(
          ErrorCode.NUMBER_OUT_OF_RANGE,
          "Number "
              + abbreviate(literal)
              + " at "
              + path
              + " is out of range: expected at most "
              + MAX_DIGITS
              + " digits before and after the decimal point");
    }
    return number;
  }

  private static String abbreviate(String literal) {
    return literal.length() <= 40 ? literal : literal.substring(0, 37) + "...";
  }
}
