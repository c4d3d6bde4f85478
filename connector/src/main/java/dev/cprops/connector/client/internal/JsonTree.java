package dev.cprops.connector.client.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.cprops.connector.spi.ConnectorException;
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
 * Reads JSON into plain Java values and writes them back, without precision loss: objects become
 * {@code LinkedHashMap<String, Object>}, arrays {@code ArrayList}, numbers {@link BigDecimal} (the
 * literal as sent, where Moshi's default adapter would give a {@code Double}), strings, booleans
 * and {@code null}.
 */
public final class JsonTree {
  private JsonTree() {}

  /**
   * Parses a whole document.
   *
   * @throws ConnectorException naming the JSON path when the bytes are not JSON
   */
  public static Object parse(byte[] json) {
    try (JsonReader reader = JsonReader.of(new Buffer().write(json))) {
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonEncodingException("trailing data at " + reader.getPath());
      }
      return value;
    } catch (IOException | JsonDataException e) {
      // The source is an in-memory buffer: any IOException means malformed or cut-off JSON.
      throw new ConnectorException("The response is not valid JSON: " + e.getMessage(), e);
    }
  }

  static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          map.put(reader.nextName(), read(reader));
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
      case NUMBER -> {
        return new BigDecimal(reader.nextString());
      }
      case STRING -> {
        return reader.nextString();
      }
      case BOOLEAN -> {
        return reader.nextBoolean();
      }
      case NULL -> {
        return reader.nextNull();
      }
      default ->
          throw new JsonDataException("Unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  /** Writes a value as compact JSON; {@code null} map values are written (they clear a value). */
  public static byte[] write(Object value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      write(writer, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }

  static void write(JsonWriter writer, Object value) throws IOException {
    JsonValues.write(writer, value);
  }
}
