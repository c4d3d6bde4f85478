package dev.cprops.connector.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputsTest {

  private static Map<String, Object> input(String name, Object value) {
    Map<String, Object> map = new HashMap<>();
    map.put(name, value);
    return map;
  }

  @Test
  void absentNullAndBlank_allMeanNotGiven_forEveryReader() {
    for (Object notGiven : new Object[] {null, "", "   "}) {
      Map<String, Object> in = input("x", notGiven);
      assertThat(Inputs.string(in, "x")).isEmpty();
      assertThat(Inputs.string(in, "x", "dflt")).isEqualTo("dflt");
      assertThat(Inputs.bool(in, "x", true)).isTrue();
      assertThat(Inputs.bool(in, "x", false)).isFalse();
      assertThat(Inputs.integer(in, "x", 7, 1, 10)).isEqualTo(7);
      assertThat(Inputs.instant(in, "x")).isEmpty();
      assertThat(Inputs.object(in, "x")).isEmpty();
      assertThat(Inputs.objects(in, "x")).isEmpty();
      assertThat(Inputs.absent(notGiven)).isTrue();
    }
    assertThat(Inputs.bool(Map.of(), "x", true)).isTrue();
    assertThat(Inputs.absent(" a ")).isFalse();
    assertThat(Inputs.absent(0)).isFalse();
  }

  @Test
  void bool_readsTheUsualWords_andRefusesOthersNamingTheField() {
    assertThat(Inputs.bool(input("x", "YES"), "x", false)).isTrue();
    assertThat(Inputs.bool(input("x", " 0 "), "x", true)).isFalse();
    assertThat(Inputs.bool(input("x", Boolean.TRUE), "x", false)).isTrue();
    assertThatThrownBy(() -> Inputs.bool(input("dry_run", "maybe"), "dry_run", false))
        .isInstanceOf(InputException.class)
        .hasMessage("dry_run: 'maybe' is not valid; expected true or false");
  }

  @Test
  void requiredString_saysTheFieldIsRequired() {
    assertThatThrownBy(() -> Inputs.requiredString(input("url", " "), "url", "an http(s) URL"))
        .isInstanceOf(InputException.class)
        .hasMessage("url is required: expected an http(s) URL")
        .extracting(e -> ((InputException) e).field())
        .isEqualTo("url");
  }

  @Test
  void string_trims_writesDecimalsPlain_andRefusesStructures() {
    assertThat(Inputs.string(input("x", " a "), "x")).contains("a");
    assertThat(Inputs.string(input("x", new BigDecimal("1E+3")), "x")).contains("1000");
    assertThatThrownBy(() -> Inputs.string(input("name", Map.of("a", 1)), "name"))
        .hasMessage("name: '{\"a\":1}' is not valid; expected text, not an object");
  }

  @Test
  void integer_checksTheRange() {
    assertThat(Inputs.integer(input("n", "5"), "n", 1, 1, 10)).isEqualTo(5);
    assertThat(Inputs.integer(input("n", new BigDecimal("5.0")), "n", 1, 1, 10)).isEqualTo(5);
    assertThatThrownBy(() -> Inputs.integer(input("n", "11"), "n", 1, 1, 10))
        .hasMessage("n: '11' is not valid; expected a whole number from 1 to 10");
    assertThatThrownBy(() -> Inputs.integer(input("n", "0"), "n", 1, 1, Integer.MAX_VALUE))
        .hasMessage("n: '0' is not valid; expected a whole number of at least 1");
    assertThatThrownBy(() -> Inputs.integer(input("n", "1.5"), "n", 1, 1, 10))
        .isInstanceOf(InputException.class);
  }

  @Test
  void instant_readsIsoDatesDateTimesAndEpochMillis() {
    Instant noon = Instant.parse("2024-03-15T12:00:00Z");
    assertThat(Inputs.instant(input("t", "2024-03-15T12:00:00Z"), "t")).contains(noon);
    assertThat(Inputs.instant(input("t", "2024-03-15T14:00:00+02:00"), "t")).contains(noon);
    assertThat(Inputs.instant(input("t", String.valueOf(noon.toEpochMilli())), "t")).contains(noon);
    assertThat(Inputs.instant(input("t", LocalDate.of(2024, 3, 15)), "t"))
        .contains(Instant.parse("2024-03-15T00:00:00Z"));
    assertThatThrownBy(() -> Inputs.instant(input("since", "yesterday"), "since"))
        .hasMessageStartingWith("since: 'yesterday' is not valid; expected an ISO-8601 date-time");
  }

  @Test
  void objects_namesTheItemThatIsNotAnObject() {
    assertThat(Inputs.objects(input("rows", List.of(Map.of("a", 1))), "rows"))
        .containsExactly(Map.of("a", 1));
    assertThatThrownBy(() -> Inputs.objects(input("rows", List.of(Map.of(), "x")), "rows"))
        .hasMessage("rows[1]: 'x' is not valid; expected an object, not a string");
    assertThatThrownBy(() -> Inputs.list(input("rows", null), "rows"))
        .hasMessage("rows is required: expected a list");
  }

  @Test
  void shown_cutsLongValuesAt80Characters() {
    assertThat(Inputs.shown("x".repeat(100))).isEqualTo("x".repeat(80) + "...");
    assertThat(Inputs.text(null)).isEmpty();
    assertThat(Inputs.text(List.of(1, "a"))).isEqualTo("[1,\"a\"]");
  }
}
