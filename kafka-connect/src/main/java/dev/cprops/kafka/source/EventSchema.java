package dev.cprops.kafka.source;

import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

/**
 * The Connect schema of a trigger's events, built from its live output fields: one optional field
 * per SPI field (so a new property is a compatible change), typed by it: text as string, integer as
 * int64, number as {@link Decimal}, date as the {@link org.apache.kafka.connect.data.Date} logical
 * type, date-time as {@link Timestamp}, boolean as boolean, a list of text as an array of strings,
 * an object as a nested struct.
 *
 * @param schema the value schema
 * @param fingerprint identifies the shape, to tell when definitions changed
 * @param filtered whether only some nested fields are kept (others are dropped, not unknown)
 */
record EventSchema(Schema schema, String fingerprint, boolean filtered) {

  /**
   * @param include the nested field names to keep; empty keeps every field
   */
  static EventSchema of(
      String name, int version, List<Field> fields, Set<String> include, int scale) {
    SchemaBuilder builder = SchemaBuilder.struct().name(name).version(version).optional();
    StringBuilder fingerprint = new StringBuilder();
    for (Field field : fields) {
      builder.field(field.name(), schema(field, include, scale, fingerprint));
    }
    return new EventSchema(builder.build(), fingerprint.toString(), !include.isEmpty());
  }

  /** The same shape under another version. */
  EventSchema withVersion(int version) {
    SchemaBuilder builder = SchemaBuilder.struct().name(schema.name()).version(version).optional();
    schema.fields().forEach(f -> builder.field(f.name(), f.schema()));
    return new EventSchema(builder.build(), fingerprint, filtered);
  }

  private static Schema schema(
      Field field, Set<String> include, int scale, StringBuilder fingerprint) {
    fingerprint.append(field.name()).append(':').append(field.type().wireName());
    Schema schema =
        switch (field.type()) {
          case STRING -> Schema.OPTIONAL_STRING_SCHEMA;
          case INTEGER -> Schema.OPTIONAL_INT64_SCHEMA;
          case NUMBER -> Decimal.builder(scale).optional().build();
          case BOOLEAN -> Schema.OPTIONAL_BOOLEAN_SCHEMA;
          case DATE -> org.apache.kafka.connect.data.Date.builder().optional().build();
          case DATE_TIME -> Timestamp.builder().optional().build();
          case ARRAY -> array(field, include, scale, fingerprint);
          case OBJECT -> {
            SchemaBuilder nested = SchemaBuilder.struct().optional();
            fingerprint.append('{');
            for (Field child : field.properties()) {
              if (include.isEmpty() || include.contains(child.name())) {
                nested.field(child.name(), schema(child, Set.of(), scale, fingerprint));
              }
            }
            fingerprint.append('}');
            yield nested.build();
          }
        };
    fingerprint.append(';');
    return schema;
  }

  private static Schema array(
      Field field, Set<String> include, int scale, StringBuilder fingerprint) {
    if (field.of() == FieldType.OBJECT) {
      Field item = Field.builder("item", FieldType.OBJECT).properties(field.properties()).build();
      return SchemaBuilder.array(schema(item, include, scale, fingerprint)).optional().build();
    }
    FieldType of = field.of() == null ? FieldType.STRING : field.of();
    Field item = Field.builder("item", of).build();
    return SchemaBuilder.array(schema(item, include, scale, fingerprint)).optional().build();
  }

  /**
   * The event as a struct of this schema.
   *
   * @throws UnknownFieldException if the event has a field the schema lacks (definitions changed)
   */
  Struct toStruct(Map<String, Object> event) {
    return struct(schema, event, "", filtered);
  }

  private static Struct struct(Schema schema, Map<?, ?> values, String path, boolean filtered) {
    Struct struct = new Struct(schema);
    for (Map.Entry<?, ?> entry : values.entrySet()) {
      String name = String.valueOf(entry.getKey());
      org.apache.kafka.connect.data.Field field = schema.field(name);
      if (field == null) {
        if (entry.getValue() == null || (filtered && !path.isEmpty())) {
          continue;
        }
        throw new UnknownFieldException(path + name);
      }
      struct.put(field, value(field.schema(), entry.getValue(), path + name, filtered));
    }
    return struct;
  }

  private static Object value(Schema schema, Object value, String path, boolean filtered) {
    if (value == null) {
      return null;
    }
    String logical = schema.name();
    if (Decimal.LOGICAL_NAME.equals(logical)) {
      int scale = Integer.parseInt(schema.parameters().get(Decimal.SCALE_FIELD));
      BigDecimal number =
          value instanceof BigDecimal d ? d : new BigDecimal(value.toString().strip());
      return number.setScale(scale, RoundingMode.HALF_EVEN);
    }
    if (org.apache.kafka.connect.data.Date.LOGICAL_NAME.equals(logical)) {
      LocalDate date = value instanceof LocalDate d ? d : LocalDate.parse(value.toString().strip());
      return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
    if (Timestamp.LOGICAL_NAME.equals(logical)) {
      return Date.from(instant(value));
    }
    return switch (schema.type()) {
      case STRING -> value.toString();
      case INT64 -> value instanceof Number n ? n.longValue() : Long.parseLong(value.toString());
      case BOOLEAN -> value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString());
      case ARRAY -> {
        List<Object> items = new ArrayList<>();
        Collection<?> list = value instanceof Collection<?> c ? c : List.of(value);
        for (Object item : list) {
          items.add(value(schema.valueSchema(), item, path + "[]", filtered));
        }
        yield items;
      }
      case STRUCT -> {
        if (!(value instanceof Map<?, ?> map)) {
          throw new DataException(path + ": expected an object, got " + value);
        }
        yield struct(schema, map, path + ".", filtered);
      }
      default -> throw new DataException(path + ": no conversion to " + schema.type());
    };
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    if (value instanceof Date d) {
      return d.toInstant();
    }
    String text = value.toString().strip();
    try {
      return Instant.parse(text);
    } catch (RuntimeException e) {
      return OffsetDateTime.parse(text).toInstant();
    }
  }

  /** An event field the schema has no place for: the definitions changed since it was built. */
  static final class UnknownFieldException extends RuntimeException {
    UnknownFieldException(String path) {
      super("the event has a field the schema lacks: " + path);
    }
  }
}
