package dev.cprops.mock.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValueReaderTest {
  private final JsonValueReader reader = new JsonValueReader(4);

  @Test
  void readsEveryKindOfValue_numbersExactly() throws Exception {
    Object value =
        read(
            "{\"a\": 0.1, \"b\": 12345678901234567890.000000000001, \"c\": [true, null, \"s\"],"
                + " \"d\": 1e2}");

    assertThat(value)
        .isEqualTo(
            Map.of(
                "a", new BigDecimal("0.1"),
                "b", new BigDecimal("12345678901234567890.000000000001"),
                "c", Arrays.asList(true, null, "s"),
                "d", new BigDecimal("1e2")));
  }

  @Test
  void rejectsNestingBeyondTheLimit_withThePath() {
    assertThatThrownBy(() -> read("{\"a\": [[[[1]]]]}"))
        .isInstanceOf(JsonSyntaxException.class)
        .hasMessageContaining("nested too deep at $.a[0][0][0]")
        .extracting(e -> ((JsonSyntaxException) e).code().apiName())
        .isEqualTo("too_deep");
  }

  @Test
  void rejectsDuplicateKeys_trailingContent_andHugeNumbers() {
    assertThatThrownBy(() -> read("{\"a\": 1, \"a\": 2}"))
        .hasMessageContaining("Duplicate key 'a'");
    assertThatThrownBy(() -> read("{} {}")).hasMessageContaining("after the value");
    assertThatThrownBy(() -> read("1e100000")).hasMessageContaining("out of range");
    assertThatThrownBy(() -> read("{\"a\": }")).hasMessageStartingWith("Malformed JSON");
  }

  @Test
  void writer_printsDecimalsPlain() {
    byte[] json =
        JsonValueWriter.write(
            Map.of("n", List.of(new BigDecimal("1E+3"), new BigDecimal("-0.000001"), 42L)));

    assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo("{\"n\":[1000,-0.000001,42]}");
  }

  private Object read(String json) throws JsonSyntaxException {
    return reader.read(json.getBytes(StandardCharsets.UTF_8));
  }
}
