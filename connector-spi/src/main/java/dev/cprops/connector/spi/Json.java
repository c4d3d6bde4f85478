package dev.cprops.connector.spi;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes JSON as the plain Java values that cross the SPI (see the package summary).
 *
 * <p>Reading gives {@code LinkedHashMap<String, Object>} for objects (keys in document order),
 * {@code ArrayList} for arrays, {@link BigDecimal} for every number (the literal's exact digits),
 * {@code String}, {@code Boolean} and {@code null}. It follows RFC 8259 strictly: no comments, no
 * trailing commas, no raw control characters in strings, and a key that appears twice in one object
 * is an error (a silent last-wins would drop data). Errors are {@link JsonFormatException}s
 * carrying the line, the column and the JSON path.
 *
 * <p>Writing accepts those values plus any {@code Map}, {@code Iterable}, {@code Number} and other
 * objects: decimals in plain notation ({@code 1000}, never {@code 1E+3}); {@code java.time} values,
 * enums and anything else as their {@code toString()}; {@code null} map values are written. NaN and
 * infinities have no JSON form and are refused. Thread-safe: every method is static and keeps no
 * state.
 */
public final class Json {
  /** Deeper documents are refused rather than risking the reader's stack. */
  static final int MAX_DEPTH = 512;

  private Json() {}

  /**
   * Parses one JSON document.
   *
   * @throws JsonFormatException if the text is not one JSON value
   */
  public static Object parse(String text) {
    return new JsonReader(text).document();
  }

  /**
   * Parses one JSON document from UTF-8 bytes.
   *
   * @throws JsonFormatException if the bytes are not valid UTF-8 or not one JSON value
   */
  public static Object parse(byte[] utf8) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(utf8))
              .toString();
    } catch (CharacterCodingException e) {
      throw new JsonFormatException("the bytes are not valid UTF-8", 1, 1, "$");
    }
    return parse(text);
  }

  /**
   * Parses a JSON document that must be an object.
   *
   * @throws JsonFormatException if it is not JSON, or not an object
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String text) {
    Object value = parse(text);
    if (!(value instanceof Map)) {
      throw new JsonFormatException("expected a JSON object, got " + kind(value), 1, 1, "$");
    }
    return (Map<String, Object>) value;
  }

  /** The value as compact JSON on one line. */
  public static String compact(Object value) {
    StringBuilder out = new StringBuilder();
    new JsonWriter(out, "").value(value);
    return out.toString();
  }

  /** The value as JSON indented by two spaces, one member or item per line. */
  public static String pretty(Object value) {
    StringBuilder out = new StringBuilder();
    new JsonWriter(out, "  ").value(value);
    return out.toString();
  }

  /** The value as compact UTF-8 JSON. */
  public static byte[] bytes(Object value) {
    return compact(value).getBytes(StandardCharsets.UTF_8);
  }

  /** A word for the JSON kind of a value, for messages: "an object", "a string", "null", ... */
  public static String kind(Object value) {
    if (value == null) {
      return "null";
    } else if (value instanceof Map) {
      return "an object";
    } else if (value instanceof Iterable) {
      return "an array";
    } else if (value instanceof String) {
      return "a string";
    } else if (value instanceof Number) {
      return "a number";
    } else if (value instanceof Boolean) {
      return "a boolean";
    }
    return "a " + value.getClass().getSimpleName();
  }

  /** A recursive-descent reader over one document; not thread-safe, used once. */
  private static final class JsonReader {
    private final String text;
    private final List<Object> path = new ArrayList<>();
    private int pos;

    JsonReader(String text) {
      this.text = text;
    }

    Object document() {
      skipSpace();
      Object value = value();
      skipSpace();
      if (pos < text.length()) {
        throw error("unexpected " + describe(pos) + " after the JSON value");
      }
      return value;
    }

    private Object value() {
      if (pos >= text.length()) {
        throw error("the JSON ends too early: expected a value");
      }
      char c = text.charAt(pos);
      switch (c) {
        case '{':
          return object();
        case '[':
          return array();
        case '"':
          return string();
        case 't':
          return literal("true", Boolean.TRUE);
        case 'f':
          return literal("false", Boolean.FALSE);
        case 'n':
          return literal("null", null);
        default:
          if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
          }
          throw error("unexpected " + describe(pos) + ": expected a value");
      }
    }

    private Map<String, Object> object() {
      enter();
      pos++; // {
      Map<String, Object> map = new LinkedHashMap<>();
      skipSpace();
      if (peek() == '}') {
        pos++;
        leave();
        return map;
      }
      while (true) {
        skipSpace();
        if (peek() != '"') {
          throw error("unexpected " + describe(pos) + ": expected a key in double quotes");
        }
        int keyStart = pos;
        String key = string();
        if (map.containsKey(key)) {
          pos = keyStart;
          throw error("duplicate key \"" + key + "\" in one object");
        }
        skipSpace();
        expect(':', "':' after the key \"" + key + "\"");
        skipSpace();
        path.add(key);
        map.put(key, value());
        path.remove(path.size() - 1);
        skipSpace();
        char c = peek();
        pos++;
        if (c == '}') {
          leave();
          return map;
        }
        if (c != ',') {
          pos--;
          throw error("unexpected " + describe(pos) + ": expected ',' or '}' in an object");
        }
      }
    }

    private List<Object> array() {
      enter();
      pos++; // [
      List<Object> list = new ArrayList<>();
      skipSpace();
      if (peek() == ']') {
        pos++;
        leave();
        return list;
      }
      while (true) {
        skipSpace();
        path.add(list.size());
        list.add(value());
        path.remove(path.size() - 1);
        skipSpace();
        char c = peek();
        pos++;
        if (c == ']') {
          leave();
          return list;
        }
        if (c != ',') {
          pos--;
          throw error("unexpected " + describe(pos) + ": expected ',' or ']' in an array");
        }
      }
    }

    private String string() {
      pos++; // opening quote
      int start = pos;
      StringBuilder out = null;
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == '"') {
          String s =
              out == null ? text.substring(start, pos) : out.append(text, start, pos).toString();
          pos++;
          return s;
        }
        if (c < 0x20) {
          throw error("a raw control character (U+" + hex4(c) + ") in a string; escape it");
        }
        if (c == '\\') {
          if (out == null) {
            out = new StringBuilder();
          }
          out.append(text, start, pos);
          pos++;
          out.append(escape());
          start = pos;
        } else {
          pos++;
        }
      }
      throw error("the JSON ends inside a string");
    }

    private char escape() {
      if (pos >= text.length()) {
        throw error("the JSON ends inside a string");
      }
      char c = text.charAt(pos++);
      switch (c) {
        case '"':
        case '\\':
        case '/':
          return c;
        case 'b':
          return '\b';
        case 'f':
          return '\f';
        case 'n':
          return '\n';
        case 'r':
          return '\r';
        case 't':
          return '\t';
        case 'u':
          if (pos + 4 > text.length()) {
            throw error("the JSON ends inside a \\u escape");
          }
          int code = 0;
          for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(pos + i), 16);
            if (digit < 0) {
              throw error("\\u must be followed by four hex digits");
            }
            code = code * 16 + digit;
          }
          pos += 4;
          return (char) code;
        default:
          pos -= 2;
          throw error("unknown escape \\" + c + " in a string");
      }
    }

    private BigDecimal number() {
      int start = pos;
      if (peek() == '-') {
        pos++;
      }
      if (peek() == '0') {
        pos++;
      } else if (!digits()) {
        throw error("a number needs digits");
      }
      if (peek() == '.') {
        pos++;
        if (!digits()) {
          throw error("a number needs digits after the decimal point");
        }
      }
      if (peek() == 'e' || peek() == 'E') {
        pos++;
        if (peek() == '+' || peek() == '-') {
          pos++;
        }
        if (!digits()) {
          throw error("a number needs digits in its exponent");
        }
      }
      try {
        return new BigDecimal(text.substring(start, pos));
      } catch (NumberFormatException e) {
        pos = start;
        throw error("the number is out of range");
      }
    }

    private boolean digits() {
      int start = pos;
      while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
        pos++;
      }
      return pos > start;
    }

    private Object literal(String word, Object value) {
      if (!text.startsWith(word, pos)) {
        throw error("unexpected " + describe(pos) + ": expected a value");
      }
      pos += word.length();
      return value;
    }

    private void expect(char c, String what) {
      if (peek() != c) {
        throw error("unexpected " + describe(pos) + ": expected " + what);
      }
      pos++;
    }

    private char peek() {
      return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
          return;
        }
        pos++;
      }
    }

    private void enter() {
      if (path.size() >= MAX_DEPTH) {
        throw error("the JSON is nested more than " + MAX_DEPTH + " levels deep");
      }
    }

    private void leave() {}

    private String describe(int at) {
      if (at >= text.length()) {
        return "end of the JSON";
      }
      char c = text.charAt(at);
      return c < 0x20 ? "character U+" + hex4(c) : "'" + c + "'";
    }

    private JsonFormatException error(String message) {
      int line = 1;
      int lineStart = 0;
      int end = Math.min(pos, text.length());
      for (int i = 0; i < end; i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      StringBuilder where = new StringBuilder("$");
      for (Object segment : path) {
        if (segment instanceof Integer index) {
          where.append('[').append(index).append(']');
        } else {
          where.append('.').append(segment);
        }
      }
      return new JsonFormatException(message, line, end - lineStart + 1, where.toString());
    }

    private static String hex4(char c) {
      return String.format("%04X", (int) c);
    }
  }

  /** Writes values as JSON into a builder; indentation empty for compact output. */
  private static final class JsonWriter {
    private final StringBuilder out;
    private final String indent;

    JsonWriter(StringBuilder out, String indent) {
      this.out = out;
      this.indent = indent;
    }

    void value(Object value) {
      value(value, 0);
    }

    private void value(Object value, int depth) {
      if (depth > MAX_DEPTH) {
        throw new IllegalArgumentException("the value is nested more than " + MAX_DEPTH + " deep");
      }
      if (value == null) {
        out.append("null");
      } else if (value instanceof String s) {
        string(s);
      } else if (value instanceof Boolean b) {
        out.append(b.booleanValue());
      } else if (value instanceof BigDecimal d) {
        out.append(d.toPlainString());
      } else if (value instanceof Double || value instanceof Float) {
        double d = ((Number) value).doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          throw new IllegalArgumentException("JSON has no form for " + value);
        }
        out.append(value);
      } else if (value instanceof Number n) {
        out.append(n);
      } else if (value instanceof Map<?, ?> map) {
        object(map, depth);
      } else if (value instanceof Iterable<?> items) {
        array(items, depth);
      } else if (value instanceof Object[] items) {
        array(List.of(items), depth);
      } else {
        string(value.toString());
      }
    }

    private void object(Map<?, ?> map, int depth) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        newline(depth + 1);
        string(String.valueOf(entry.getKey()));
        out.append(indent.isEmpty() ? ":" : ": ");
        value(entry.getValue(), depth + 1);
      }
      newline(depth);
      out.append('}');
    }

    private void array(Iterable<?> items, int depth) {
      var iterator = items.iterator();
      if (!iterator.hasNext()) {
        out.append("[]");
        return;
      }
      out.append('[');
      boolean first = true;
      while (iterator.hasNext()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        newline(depth + 1);
        value(iterator.next(), depth + 1);
      }
      newline(depth);
      out.append(']');
    }

    private void newline(int depth) {
      if (!indent.isEmpty()) {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
          out.append(indent);
        }
      }
    }

    private void string(String s) {
      out.append('"');
      int start = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        String escaped = null;
        if (c == '"') {
          escaped = "\\\"";
        } else if (c == '\\') {
          escaped = "\\\\";
        } else if (c == '\n') {
          escaped = "\\n";
        } else if (c == '\r') {
          escaped = "\\r";
        } else if (c == '\t') {
          escaped = "\\t";
        } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
          escaped = String.format("\\u%04x", (int) c);
        }
        if (escaped != null) {
          out.append(s, start, i).append(escaped);
          start = i + 1;
        }
      }
      out.append(s, start, s.length()).append('"');
    }
  }
}
