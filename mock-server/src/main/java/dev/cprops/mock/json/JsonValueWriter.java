package dev.cprops.mock.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes plain Java values (as {@link JsonValueReader} produces them, plus {@code Long}, {@code
 * Integer} and {@link RawJson}, copied as it is) as compact UTF-8 JSON. A {@code BigDecimal} is
 * written as a plain JSON number, never in exponent form ({@code 1E+3} is written {@code 1000}).
 * Strings are escaped as Moshi escapes them: the quote and the backslash, control characters (the
 * short escapes such as {@code \n}, else a four-digit unicode escape), and U+2028 and U+2029.
 *
 * <p>Every response body of the API passes through here, so it writes into one {@link
 * StringBuilder} per thread, reused from call to call (one that grew beyond {@value
 * #MAX_KEPT_CHARS} characters is dropped after use), and copies out strings that need no escaping
 * whole.
 */
public final class JsonValueWriter {
  private static final int INITIAL_CHARS = 4096;
  private static final int MAX_KEPT_CHARS = 64 * 1024;
  private static final ThreadLocal<StringBuilder> BUFFERS = new ThreadLocal<>();

  private static final String[] ESCAPES = new String[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = String.format("\\u%04x", c);
    }
    ESCAPES['"'] = "\\\"";
    ESCAPES['\\'] = "\\\\";
    ESCAPES['\t'] = "\\t";
    ESCAPES['\b'] = "\\b";
    ESCAPES['\n'] = "\\n";
    ESCAPES['\r'] = "\\r";
    ESCAPES['\f'] = "\\f";
  }

  private JsonValueWriter() {}

  /** The JSON encoding of {@code value}. */
  public static byte[] write(Object value) {
    return writeToString(value).getBytes(StandardCharsets.UTF_8);
  }

  /** The JSON encoding of {@code value}, as text. */
  public static String writeToString(Object value) {
    return render(json -> writeValue(json, value));
  }

  /**
   * The text {@code writer} appends to an empty buffer (this thread's, reused): for writers that
   * build a document themselves with {@link #appendValue} and {@link #appendString}.
   */
  public static String render(Consumer<StringBuilder> writer) {
    StringBuilder json = BUFFERS.get();
    if (json == null) {
      json = new StringBuilder(INITIAL_CHARS);
    } else {
      BUFFERS.set(null); // taken: a render within this one gets a buffer of its own
      json.setLength(0);
    }
    try {
      writer.accept(json);
      return json.toString();
    } finally {
      if (json.capacity() <= MAX_KEPT_CHARS) {
        BUFFERS.set(json);
      }
    }
  }

  /** Appends the JSON encoding of {@code value}. */
  public static void appendValue(StringBuilder json, Object value) {
    writeValue(json, value);
  }

  /** Appends {@code string} as a JSON string, escaped. */
  public static void appendString(StringBuilder json, String string) {
    writeString(json, string);
  }

  private static void writeValue(StringBuilder json, Object value) {
    if (value == null) {
      json.append("null");
    } else if (value instanceof String string) {
      writeString(json, string);
    } else if (value instanceof Boolean bool) {
      json.append(bool.booleanValue());
    } else if (value instanceof BigDecimal decimal) {
      json.append(decimal.toPlainString());
    } else if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
      json.append(value);
    } else if (value instanceof RawJson raw) {
      json.append(raw.json());
    } else if (value instanceof Map<?, ?> map) {
      json.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          json.append(',');
        }
        first = false;
        writeString(json, String.valueOf(entry.getKey()));
        json.append(':');
        writeValue(json, entry.getValue());
      }
      json.append('}');
    } else if (value instanceof Iterable<?> list) {
      json.append('[');
      boolean first = true;
      for (Object item : list) {
        if (!first) {
          json.append(',');
        }
        first = false;
        writeValue(json, item);
      }
      json.append(']');
    } else {
      throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
    }
  }

  private static void writeString(StringBuilder json, String string) {
    json.append('"');
    int copied = 0;
    int length = string.length();
    for (int i = 0; i < length; i++) {
      char c = string.charAt(i);
      String escape;
      if (c < 128) {
        escape = ESCAPES[c];
      } else if (c == '\u2028') {
        escape = "\\u2028";
      } else if (c == '\u2029') {
        escape = "\\u2029";
      } else {
        continue;
      }
      if (escape != null) {
        json.append(string, copied, i).append(escape);
        copied = i + 1;
      }
    }
    json.append(string, copied, length).append('"');
  }
}
