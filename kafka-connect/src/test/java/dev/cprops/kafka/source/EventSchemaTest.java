package dev.cprops.kafka.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.junit.jupiter.api.Test;

class EventSchemaTest {
  static final List<Field> FIELDS =
      List.of(
          Field.builder("customer_key", FieldType.STRING).build(),
          Field.builder("updated_at", FieldType.DATE_TIME).build(),
          Field.builder("meta", FieldType.OBJECT)
              .properties(
                  List.of(
                      Field.builder("mrr", FieldType.NUMBER).build(),
                      Field.builder("renewal_date", FieldType.DATE).build(),
                      Field.builder("churn_risk", FieldType.BOOLEAN).build(),
                      Field.builder("tags", FieldType.ARRAY).of(FieldType.STRING).build()))
              .build());

  @Test
  void fieldsAreTypedOptionalConnectFields() {
    Schema schema = EventSchema.of("s", 1, FIELDS, Set.of(), 2).schema();
    Schema meta = schema.field("meta").schema();
    assertThat(schema.field("updated_at").schema().name()).isEqualTo(Timestamp.LOGICAL_NAME);
    assertThat(meta.field("mrr").schema().name()).isEqualTo(Decimal.LOGICAL_NAME);
    assertThat(meta.field("renewal_date").schema().name())
        .isEqualTo(org.apache.kafka.connect.data.Date.LOGICAL_NAME);
    assertThat(meta.field("churn_risk").schema().type()).isEqualTo(Schema.Type.BOOLEAN);
    assertThat(meta.field("tags").schema().valueSchema().type()).isEqualTo(Schema.Type.STRING);
    assertThat(schema.fields()).allMatch(f -> f.schema().isOptional());
  }

  @Test
  void eventsBecomeStructsAndANewPropertyIsReportedUnknown() {
    EventSchema schema = EventSchema.of("s", 1, FIELDS, Set.of(), 2);
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("mrr", new BigDecimal("1200.5"));
    meta.put("renewal_date", LocalDate.of(2026, 3, 15));
    meta.put("tags", List.of("a", "b"));
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("customer_key", "a1");
    event.put("updated_at", "2026-03-15T10:00:00Z");
    event.put("meta", meta);
    Struct struct = schema.toStruct(event);
    struct.validate();
    assertThat(struct.getStruct("meta").get("mrr")).isEqualTo(new BigDecimal("1200.50"));

    meta.put("new_property", "x");
    assertThatThrownBy(() -> schema.toStruct(event))
        .isInstanceOf(EventSchema.UnknownFieldException.class)
        .hasMessageContaining("meta.new_property");
    assertThat(EventSchema.of("s", 1, FIELDS, Set.of("mrr"), 2).toStruct(event).getStruct("meta"))
        .satisfies(m -> assertThat(m.schema().fields()).hasSize(1));
  }
}
