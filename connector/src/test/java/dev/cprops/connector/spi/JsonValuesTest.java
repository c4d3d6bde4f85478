package dev.cprops.connector.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

  @Test
  void write_coversEveryValueKindActionsExchange() throws IOException {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("text", "Acme");
    value.put("flag", true);
    value.put("decimal", new BigDecimal("1E+3"));
    value.put("money", new BigDecimal("1200.50"));
    value.put("count", 3);
    value.put("renewal", LocalDate.of(2024, 3, 15));
    value.put("cleared", null);
    value.put("list", Arrays.asList("a", null));

    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      JsonValues.write(writer, value);
    }

    assertThat(buffer.readUtf8())
        .isEqualTo(
            "{\"text\":\"Acme\",\"flag\":true,\"decimal\":1000,\"money\":1200.50,\"count\":3,"
                + "\"renewal\":\"2024-03-15\",\"cleared\":null,\"list\":[\"a\",null]}");
  }

  @Test
  void write_listOfMaps_nests() throws IOException {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      JsonValues.write(writer, List.of(Map.of("a", 1)));
    }
    assertThat(buffer.readUtf8()).isEqualTo("[{\"a\":1}]");
  }
}
