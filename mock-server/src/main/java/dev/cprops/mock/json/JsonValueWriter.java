package dev.cprops.mock.json;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import okio.Buffer;
import okio.BufferedSink;

/**
 * Writes plain Java values (as {@link JsonValueReader} produces them, plus {@code Long} and {@code
 * Integer}) as compact UTF-8 JSON. A {@code BigDecimal} is written as a plain JSON number, never in
 * exponent form ({@code 1E+3} is written {@code 1000}).
 */
public final class JsonValueWriter {
  private JsonValueWriter() {}

  /** The JSON encoding of {@code value}. */
  public static byte[] write(Object value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      writeValue(writer, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }

  private static void writeValue(JsonWriter writer, Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof String string) {
      writer.value(string);
    } else if (value instanceof Boolean bool) {
      writer.value(bool.booleanValue());
    } else if (value instanceof BigDecimal decimal) {
      try (BufferedSink sink = writer.valueSink()) {
        sink.writeUtf8(decimal.toPlainString());
      }
    } else if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
      try (BufferedSink sink = writer.valueSink()) {
        sink.writeUtf8(value.toString());
      }
    } else if (value instanceof Map<?, ?> map) {
      writer.beginObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        writer.name(String.valueOf(entry.getKey()));
        writeValue(writer, entry.getValue());
      }
      writer.endObject();
    } else if (value instanceof Iterable<?> list) {
      writer.beginArray();
      for (Object item : list) {
        writeValue(writer, item);
      }
      writer.endArray();
    } else {
      throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
    }
  }
}
