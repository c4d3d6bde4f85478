package dev.cprops.mock.json;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.cprops.mock.errors.ErrorCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

  /**
   * Parses {@code json} (UTF-8). Bytes that are not UTF-8 (invalid, overlong, truncated or
   * surrogate sequences) and raw control characters inside strings (which JSON requires escaped)
   * are malformed JSON: nothing is ever decoded as U+FFFD.
   */
  public Object read(byte[] json) throws JsonSyntaxException {
    checkText(json);
    // not try-with-resources: the catch reads the path where the reader stopped (an in-memory
    // buffer holds nothing to release)
    JsonReader reader = JsonReader.of(new Buffer().write(json));
    try {
      Object value = readValue(reader, 0);
      if (!atEnd(reader)) {
        throw malformed(json, reader.getPath(), "unexpected content after the value");
      }
      return value;
    } catch (IOException | JsonDataException e) {
      throw malformed(json, reader.getPath(), describe(e));
    }
  }

  /**
   * "Malformed JSON at line 3, column 8: expected a value, found 'x'": Moshi reports no position,
   * so the strict locator finds it; Moshi's own words when the locator finds nothing.
   */
  private static JsonSyntaxException malformed(byte[] json, String path, String moshiReason) {
    return new JsonSyntaxException(
        ErrorCode.INVALID_JSON,
        SyntaxErrorLocator.locate(json)
            .map(
                error ->
                    "Malformed JSON at line "
                        + error.line()
                        + ", column "
                        + error.column()
                        + ", at path "
                        + path
                        + ": "
                        + error.reason())
            .orElse("Malformed JSON: " + moshiReason));
  }

  /**
   * Parses {@code json} in a declared charset, decoded strictly: bytes the charset cannot decode
   * are malformed JSON.
   */
  public Object read(byte[] json, Charset charset) throws JsonSyntaxException {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return read(json);
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(json)).toString();
    } catch (CharacterCodingException e) {
      throw new JsonSyntaxException(
          ErrorCode.INVALID_JSON, "Malformed JSON: the body is not valid " + charset.name());
    }
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Moshi's message, without its advice to the programmer ("Use JsonReader.setLenient..."). */
  private static String describe(Exception e) {
    String message = String.valueOf(e.getMessage());
    int lenient = message.indexOf("Use JsonReader.setLenient(true) to accept malformed JSON");
    if (lenient >= 0) {
      int at = message.indexOf(" at path ", lenient);
      return "unexpected character" + (at < 0 ? "" : message.substring(at));
    }
    return message;
  }

  /**
   * Checks that the bytes are UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
   * U+10FFFF, no truncated sequence) and that no string holds a raw control character.
   */
  private static void checkText(byte[] json) throws JsonSyntaxException {
    boolean inString = false;
    boolean escaped = false;
    int i = 0;
    while (i < json.length) {
      int b = json[i] & 0xff;
      if (b < 0x80) {
        if (inString) {
          if (b < 0x20) {
            throw new JsonSyntaxException(
                ErrorCode.INVALID_JSON,
                String.format(
                    "Malformed JSON: raw control character U+%04X in a string at byte %d; JSON"
                        + " requires it escaped",
                    b, i));
          }
          if (escaped) {
            escaped = false;
          } else if (b == '\\') {
            escaped = true;
          } else if (b == '"') {
            inString = false;
          }
        } else if (b == '"') {
          inString = true;
        }
        i++;
        continue;
      }
      escaped = false;
      int length = sequenceLength(json, i);
      if (length < 0) {
        throw new JsonSyntaxException(
            ErrorCode.INVALID_JSON, "Malformed JSON: the body is not valid UTF-8 (byte " + i + ")");
      }
      i += length;
    }
  }

  /** The length of the well-formed UTF-8 sequence at {@code i}, or -1. */
  private static int sequenceLength(byte[] bytes, int i) {
    int b = bytes[i] & 0xff;
    int length;
    int min;
    int max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      return continuation(bytes, i + 1, 0x80, 0xbf) ? 2 : -1;
    } else if (b == 0xe0) {
      length = 3;
      min = 0xa0; // else overlong
    } else if (b == 0xed) {
      length = 3;
      min = 0x80;
      max = 0x9f; // else a surrogate
    } else if (b >= 0xe1 && b <= 0xef) {
      length = 3;
      min = 0x80;
    } else if (b == 0xf0) {
      length = 4;
      min = 0x90; // else overlong
    } else if (b >= 0xf1 && b <= 0xf3) {
      length = 4;
      min = 0x80;
    } else if (b == 0xf4) {
      length = 4;
      min = 0x80;
      max = 0x8f; // else above U+10FFFF
    } else {
      return -1; // a continuation byte first, an overlong lead (C0, C1) or F5..FF
    }
    if (!continuation(bytes, i + 1, min, max)) {
      return -1;
    }
    for (int k = 2; k < length; k++) {
      if (!continuation(bytes, i + k, 0x80, 0xbf)) {
        return -1;
      }
    }
    return length;
  }

  private static boolean continuation(byte[] bytes, int index, int min, int max) {
    if (index >= bytes.length) {
      return false;
    }
    int b = bytes[index] & 0xff;
    return b >= min && b <= max;
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
