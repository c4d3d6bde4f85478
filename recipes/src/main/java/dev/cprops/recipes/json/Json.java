package dev.cprops.recipes.json;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.cprops.connector.spi.JsonValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * Reads and writes JSON as plain Java values: {@code Map} (keys in document order), {@code List},
 * {@code String}, {@code BigDecimal} (numbers keep their exact digits), {@code Boolean} and {@code
 * null}. Writing also accepts any {@code Iterable} (written lazily, item by item) and writes other
 * values (dates, enums) as their {@code toString()}.
 */
public final class Json {
  private Json() {}

  /**
   * Parses one JSON document.
   *
   * @throws JsonFormatException if the text is not JSON; the message carries the JSON path
   */
  public static Object parse(String text) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text))) {
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonFormatException(
            "unexpected content after the JSON value at " + reader.getPath());
      }
      return value;
    } catch (JsonEncodingException | JsonDataException e) {
      throw new JsonFormatException(e.getMessage());
    } catch (java.io.EOFException e) {
      throw new JsonFormatException("the JSON ends too early");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a JSON document that must be an object. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String text) {
    Object value = parse(text);
    if (!(value instanceof Map)) {
      throw new JsonFormatException("expected a JSON object, got " + kind(value));
    }
    return (Map<String, Object>) value;
  }

  /** The value as indented JSON (two spaces), nulls kept. */
  public static String pretty(Object value) {
    return write(value, "  ");
  }

  /** The value as compact JSON on one line, nulls kept. */
  public static String compact(Object value) {
    return write(value, "");
  }

  /** A word for the JSON kind of a value, for messages: object, array, string, number, ... */
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

  private static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (map.containsKey(name)) {
            throw new JsonFormatException("duplicate key '" + name + "' at " + reader.getPath());
          }
          map.put(name, read(reader));
        }
        reader.endObject();
        return map;
      }
      case BEGIN_ARRAY -> {
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader));
        }
        reader.endArray();
        return list;
      }
      case STRING -> {
        return reader.nextString();
      }
      case NUMBER -> {
        return new BigDecimal(reader.nextString());
      }
      case BOOLEAN -> {
        return reader.nextBoolean();
      }
      case NULL -> {
        return reader.nextNull();
      }
      default ->
          throw new JsonFormatException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  private static String write(Object value, String indent) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setIndent(indent);
      writer.setSerializeNulls(true);
      JsonValues.write(writer, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }
}
