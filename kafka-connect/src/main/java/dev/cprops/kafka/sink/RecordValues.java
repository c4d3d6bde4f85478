package dev.cprops.kafka.sink;

import dev.cprops.connector.spi.Json;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Turns a sink record into the plain values an SPI action takes: a {@link Struct} (with its
 * schema's logical types), a schemaless {@link Map}, or JSON text or bytes become a {@code
 * Map<String, Object>}; the record key fills the key column when the value has none (under any
 * spelling auto-mapping would match).
 */
final class RecordValues {
  private RecordValues() {}

  /**
   * The record as a row.
   *
   * @param keyColumn the column the record key goes to, e.g. {@code customer_key}
   * @throws RejectedRecordException if the value is no record (e.g. a JSON array or a number)
   */
  static Map<String, Object> toRow(SinkRecord record, String keyColumn) {
    Map<String, Object> row = row(record.value(), "value");
    if (!hasValue(row, keyColumn)) {
      Object key = keyValue(record.key(), keyColumn);
      if (key != null) {
        row.put(keyColumn, key);
      }
    }
    return row;
  }

  /**
   * Whether the row has a value for the column, under its name or one that differs only in case,
   * spaces, dashes and underscores ({@code Customer Key} for {@code customer_key}), as auto-mapping
   * matches columns: adding the key beside it would give the row two key columns.
   */
  private static boolean hasValue(Map<String, Object> row, String column) {
    String wanted = normalized(column);
    for (Map.Entry<String, Object> entry : row.entrySet()) {
      Object value = entry.getValue();
      if (value != null
          && !value.toString().isBlank()
          && normalized(entry.getKey()).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static String normalized(String name) {
    return name.replaceAll("[\\s_\\-]", "").toLowerCase(java.util.Locale.ROOT);
  }

  private static Object keyValue(Object key, String keyColumn) {
    if (key == null) {
      return null;
    }
    if (key instanceof Struct || key instanceof Map || key instanceof byte[]) {
      try {
        return row(key, "key").get(keyColumn);
      } catch (RejectedRecordException e) {
        return key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : null;
      }
    }
    return plain(key);
  }

  private static Map<String, Object> row(Object value, String what) {
    if (value instanceof Struct struct) {
      return struct(struct);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> row = new LinkedHashMap<>();
      map.forEach((k, v) -> row.put(String.valueOf(k), plain(v)));
      return row;
    }
    if (value instanceof String text) {
      return json(text, what);
    }
    if (value instanceof byte[] bytes) {
      return json(new String(bytes, StandardCharsets.UTF_8), what);
    }
    if (value == null) {
      throw new RejectedRecordException(what, "the record has no " + what + " (a tombstone)");
    }
    throw new RejectedRecordException(
        what,
        "a "
            + value.getClass().getSimpleName()
            + " is not a record; expected a Struct, a map or a JSON object");
  }

  private static Map<String, Object> json(String text, String what) {
    try {
      Map<String, Object> row = Json.parseObject(text);
      return new LinkedHashMap<>(row);
    } catch (IllegalArgumentException e) {
      throw new RejectedRecordException(
          what,
          "not a JSON object (" + e.getMessage() + "); expected e.g. {\"customer_key\": \"a1\"}");
    }
  }

  private static Map<String, Object> struct(Struct struct) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (Field field : struct.schema().fields()) {
      row.put(field.name(), logical(field.schema(), struct.get(field)));
    }
    return row;
  }

  private static Object logical(Schema schema, Object value) {
    if (value == null) {
      return null;
    }
    String name = schema.name();
    if (value instanceof Date date) {
      if (org.apache.kafka.connect.data.Date.LOGICAL_NAME.equals(name)) {
        return LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
      }
      return date.toInstant();
    }
    return plain(value);
  }

  /** A Connect value as one of the SPI's plain values. */
  static Object plain(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof BigDecimal
        || value instanceof Integer
        || value instanceof Long
        || value instanceof LocalDate
        || value instanceof Instant) {
      return value;
    }
    if (value instanceof Struct struct) {
      return struct(struct);
    }
    if (value instanceof Short || value instanceof Byte) {
      return ((Number) value).intValue();
    }
    if (value instanceof Double || value instanceof Float) {
      return new BigDecimal(value.toString());
    }
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
      return out;
    }
    if (value instanceof Collection<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(v -> out.add(plain(v)));
      return out;
    }
    if (value instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    return value.toString();
  }
}
