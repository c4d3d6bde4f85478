package dev.cprops.connector.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {

  @Test
  void compact_coversEveryValueKindActionsExchange() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("text", "Acme \"quoted\" \\ line\nnext\ttab \u0001");
    value.put("flag", true);
    value.put("decimal", new BigDecimal("1E+3"));
    value.put("money", new BigDecimal("1200.50"));
    value.put("count", 3);
    value.put("big", 12345678901L);
    value.put("ratio", 0.5d);
    value.put("renewal", LocalDate.of(2024, 3, 15));
    value.put("cleared", null);
    value.put("list", Arrays.asList("a", null));
    value.put("empty", Map.of());

    assertThat(Json.compact(value))
        .isEqualTo(
            "{\"text\":\"Acme \\\"quoted\\\" \\\\ line\\nnext\\ttab \\u0001\",\"flag\":true,"
                + "\"decimal\":1000,\"money\":1200.50,\"count\":3,\"big\":12345678901,"
                + "\"ratio\":0.5,\"renewal\":\"2024-03-15\",\"cleared\":null,\"list\":[\"a\",null],"
                + "\"empty\":{}}");
  }

  @Test
  void pretty_indentsTwoSpaces_andKeepsEmptyContainersOnOneLine() {
    assertThat(Json.pretty(Map.of("a", List.of(1, Map.of("b", List.of())))))
        .isEqualTo("{\n  \"a\": [\n    1,\n    {\n      \"b\": []\n    }\n  ]\n}");
  }

  @Test
  void parse_readsEveryKind_numbersAsExactDecimals_keysInOrder() {
    Object value =
        Json.parse(
            " {\"z\": 1.50, \"a\": [true, false, null, -0.0e+3, \"\\u00e9\\/\\\"\"], \"m\": {}} ");

    assertThat(value)
        .isEqualTo(
            linked(
                "z",
                new BigDecimal("1.50"),
                "a",
                Arrays.asList(true, false, null, new BigDecimal("-0.0e+3"), "é/\""),
                "m",
                Map.of()));
    assertThat(List.copyOf(((Map<?, ?>) value).keySet())).isEqualTo(List.of("z", "a", "m"));
  }

  @Test
  void parse_andCompact_roundTripUnicodeAndEscapes() {
    String text = "{\"s\":\"snow ☃, emoji 😀, nul \\u0000, line sep \\u2028\"}";
    Object value = Json.parse(text);
    assertThat(Json.parse(Json.compact(value))).isEqualTo(value);
    assertThat(Json.parse(Json.bytes(value))).isEqualTo(value);
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"a\":1,\"a\":2}|line 1, column 8 ($): duplicate key \"a\" in one object",
        "{\"a\":1,}|line 1, column 8 ($): unexpected '}': expected a key in double quotes",
        "[1 2]|line 1, column 4 ($): unexpected '2': expected ',' or ']' in an array",
        "{\"a\" 1}|line 1, column 6 ($): unexpected '1': expected ':' after the key \"a\"",
        "{\"a\":[1,{\"b\":tru}]}|line 1, column 14 ($.a[1].b): unexpected 't': expected a value",
        "01|line 1, column 2 ($): unexpected '1' after the JSON value",
        "1.|line 1, column 3 ($): a number needs digits after the decimal point",
        "\"\\x\"|line 1, column 2 ($): unknown escape \\x in a string",
        "\"abc|line 1, column 5 ($): the JSON ends inside a string",
        "True|line 1, column 1 ($): unexpected 'T': expected a value",
        "|line 1, column 1 ($): the JSON ends too early: expected a value",
        "{} {}|line 1, column 4 ($): unexpected '{' after the JSON value",
        "// c|line 1, column 1 ($): unexpected '/': expected a value",
      })
  void parse_refusesWhatIsNotJson_sayingWhere(String text, String message) {
    assertThatThrownBy(() -> Json.parse(text == null ? "" : text))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(message);
  }

  @Test
  void parse_reportsTheLineAndColumnOfALaterLine() {
    JsonFormatException e =
        (JsonFormatException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> Json.parse("{\n  \"steps\": [\n    {\"id\": \"a\",}\n  ]\n}"));
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(16);
    assertThat(e.path()).isEqualTo("$.steps[0]");
  }

  @Test
  void parse_refusesRawControlCharactersInStrings() {
    assertThatThrownBy(() -> Json.parse("\"a\u0000b\""))
        .hasMessage(
            "line 1, column 3 ($): a raw control character (U+0000) in a string; escape it");
  }

  @Test
  void parse_refusesInvalidUtf8_insteadOfStoringReplacementCharacters() {
    byte[] overlong = {'"', (byte) 0xC0, (byte) 0xAF, '"'};
    byte[] truncated = {'"', (byte) 0xE2, (byte) 0x82, '"'};
    assertThatThrownBy(() -> Json.parse(overlong)).hasMessageContaining("not valid UTF-8");
    assertThatThrownBy(() -> Json.parse(truncated)).hasMessageContaining("not valid UTF-8");
    assertThat(Json.parse("\"€\"".getBytes(StandardCharsets.UTF_8))).isEqualTo("€");
  }

  @Test
  void parse_refusesDocumentsNestedTooDeeply_withoutOverflowingTheStack() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> Json.parse(deep)).hasMessageContaining("nested more than 512");
  }

  @Test
  void parseObject_refusesOtherKinds() {
    assertThatThrownBy(() -> Json.parseObject("[1]"))
        .hasMessage("line 1, column 1 ($): expected a JSON object, got an array");
  }

  @Test
  void compact_refusesNaN() {
    assertThatThrownBy(() -> Json.compact(List.of(Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("JSON has no form for NaN");
  }

  private static Map<String, Object> linked(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
