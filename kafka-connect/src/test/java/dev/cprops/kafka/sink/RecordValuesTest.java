package dev.cprops.kafka.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class RecordValuesTest {
  @Test
  void structWithLogicalTypesBecomesPlainValues() {
    Schema schema =
        SchemaBuilder.struct()
            .field("Account ID", Schema.STRING_SCHEMA)
            .field("MRR", Decimal.schema(2))
            .field("Renewal", org.apache.kafka.connect.data.Date.SCHEMA)
            .field("Seats", Schema.INT32_SCHEMA)
            .build();
    Struct value =
        new Struct(schema)
            .put("Account ID", "a1")
            .put("MRR", new BigDecimal("1200.50"))
            .put(
                "Renewal",
                Date.from(LocalDate.of(2026, 3, 15).atStartOfDay(ZoneOffset.UTC).toInstant()))
            .put("Seats", 12);
    Map<String, Object> row = RecordValues.toRow(record("k1", schema, value), "customer_key");
    assertThat(row)
        .containsEntry("Account ID", "a1")
        .containsEntry("MRR", new BigDecimal("1200.50"))
        .containsEntry("Renewal", LocalDate.of(2026, 3, 15))
        .containsEntry("Seats", 12)
        .containsEntry("customer_key", "k1");
  }

  @Test
  void schemalessMapAndJsonTextAreRows() {
    assertThat(RecordValues.toRow(record("k1", null, Map.of("mrr", 12.5)), "customer_key"))
        .containsEntry("mrr", new BigDecimal("12.5"))
        .containsEntry("customer_key", "k1");
    assertThat(
            RecordValues.toRow(
                record("k1", null, "{\"customer_key\":\"own\",\"mrr\":\"12\"}"), "customer_key"))
        .containsEntry("customer_key", "own")
        .containsEntry("mrr", "12");
  }

  @Test
  void theKeyIsNotAddedBesideAColumnAutoMappingTakesForTheSame() {
    assertThat(
            RecordValues.toRow(record("k1", null, Map.of("Customer Key", "own")), "customer_key"))
        .containsOnlyKeys("Customer Key");
    assertThat(RecordValues.toRow(record("k1", null, Map.of("Customer Key", " ")), "customer_key"))
        .containsEntry("customer_key", "k1");
  }

  @Test
  void aValueThatIsNoRecordIsRejectedNamingWhy() {
    assertThatThrownBy(() -> RecordValues.toRow(record("k", null, "[1,2]"), "customer_key"))
        .isInstanceOf(RejectedRecordException.class)
        .hasMessageContaining("value: not a JSON object");
    assertThatThrownBy(() -> RecordValues.toRow(record("k", null, null), "customer_key"))
        .isInstanceOf(RejectedRecordException.class)
        .hasMessageContaining("tombstone");
  }

  private static SinkRecord record(String key, Schema schema, Object value) {
    return new SinkRecord("t", 0, Schema.STRING_SCHEMA, key, schema, value, 7);
  }
}
