package dev.cprops.connector.spi;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes the JSON-like values that actions and triggers exchange ({@code Map}, {@code List}, {@code
 * String}, {@code Boolean}, numbers, {@code java.time} values, {@code null}) as JSON. Decimals are
 * written in plain notation ({@code 1000}, never {@code 1E+3}); dates and times in their ISO-8601
 * form; any other object as its {@code toString()}.
 */
public final class JsonValues {
  private JsonValues() {}

  /** Writes one value; {@code null} is written as JSON null where the writer serialises nulls. */
  public static void write(JsonWriter writer, Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof Map<?, ?> map) {
      writer.beginObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        writer.name(String.valueOf(entry.getKey()));
        write(writer, entry.getValue());
      }
      writer.endObject();
    } else if (value instanceof Iterable<?> list) {
      writer.beginArray();
      for (Object item : list) {
        write(writer, item);
      }
      writer.endArray();
    } else if (value instanceof Boolean b) {
      writer.value(b);
    } else if (value instanceof BigDecimal decimal) {
      writer.value(new BigDecimal(decimal.toPlainString()));
    } else if (value instanceof Number n) {
      writer.value(n);
    } else {
      writer.value(value.toString());
    }
  }
}
