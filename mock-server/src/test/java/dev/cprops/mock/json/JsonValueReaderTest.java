package dev.cprops.mock.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.mock.errors.ErrorCode;
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
  void readsEveryWellFormedUtf8Sequence_includingAReplacementCharacterTheClientSent()
      throws Exception {
    String text = "A é € 😀 \uFFFD sent \uDBFF\uDFFF";
    String json = "{\"t\": \"" + text + "\"}";

    assertThat(reader.read(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(Map.of("t", text));
  }

  @Test
  void rejectsBytesThatAreNotUtf8_insteadOfReadingThemAsReplacementCharacters() {
    int[][] sequences = {
      {0xff},
      {0x80},
      {0xc0, 0xaf},
      {0xc1, 0xbf},
      {0xe0, 0x9f, 0xbf},
      {0xed, 0xa0, 0x80},
      {0xf0, 0x8f, 0xbf, 0xbf},
      {0xf4, 0x90, 0x80, 0x80},
      {0xf5, 0x80, 0x80, 0x80},
      {0xe2, 0x82},
      {0xe2, 0x82, 0x41}
    };
    for (int[] sequence : sequences) {
      byte[] start = "{\"t\":\"".getBytes(StandardCharsets.US_ASCII);
      byte[] json = new byte[start.length + sequence.length + 2];
      System.arraycopy(start, 0, json, 0, start.length);
      for (int i = 0; i < sequence.length; i++) {
        json[start.length + i] = (byte) sequence[i];
      }
      json[json.length - 2] = '"';
      json[json.length - 1] = '}';

      assertThatThrownBy(() -> reader.read(json))
          .as(Arrays.toString(sequence))
          .isInstanceOf(JsonSyntaxException.class)
          .hasMessageContaining("not valid UTF-8")
          .extracting(e -> ((JsonSyntaxException) e).code())
          .isEqualTo(ErrorCode.INVALID_JSON);
    }
  }

  @Test
  void rejectsRawControlCharactersInStrings_butNotEscapedOnes_norWhitespaceBetweenTokens()
      throws Exception {
    assertThatThrownBy(() -> read("{\"t\": \"a\tb\"}"))
        .isInstanceOf(JsonSyntaxException.class)
        .hasMessageContaining("raw control character U+0009");
    assertThatThrownBy(() -> read("{\"t\u0000\": 1}"))
        .isInstanceOf(JsonSyntaxException.class)
        .hasMessageContaining("U+0000");

    assertThat(read("{\n\t\"t\": \"a\\tb\\u0000\\\"\"\r\n}"))
        .isEqualTo(Map.of("t", "a\tb\u0000\""));
  }

  @Test
  void decodesADeclaredCharset_strictly() throws Exception {
    assertThat(
            reader.read(
                "{\"t\": \"Zoë\"}".getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.ISO_8859_1))
        .isEqualTo(Map.of("t", "Zoë"));
    assertThatThrownBy(
            () -> reader.read(new byte[] {'"', (byte) 0xe9, '"'}, StandardCharsets.US_ASCII))
        .isInstanceOf(JsonSyntaxException.class)
        .hasMessageContaining("not valid US-ASCII");
  }

  @Test
  void malformedJson_isDescribedWithoutMoshisAdviceToProgrammers() {
    assertThatThrownBy(() -> read("{x"))
        .isInstanceOf(JsonSyntaxException.class)
        .hasMessageNotContaining("JsonReader")
        .hasMessageContaining("at path $");
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
  void malformedJson_namesLineAndColumn_notMoshisAdviceToProgrammers() {
    String[][] cases = {
      {"{\"a\": }", "line 1, column 7"},
      {"{\n  \"a\": 1,\n  \"b\": x\n}", "line 3, column 8"},
      {"{\"a\": 1,,}", "line 1, column 9"},
      {"{\"é\": 1 \"b\": 2}", "line 1, column 9"},
      {"{\"a\": [1, 2}", "line 1, column 12"},
      {"{\"a\": \"unterminated", "line 1, column 7"},
      {"{} {}", "line 1, column 4"},
    };
    List<String> expected = new java.util.ArrayList<>();
    List<String> actual = new java.util.ArrayList<>();
    for (String[] c : cases) {
      expected.add(c[0] + " -> Malformed JSON at " + c[1]);
      try {
        read(c[0]);
        actual.add(c[0] + " -> accepted");
      } catch (JsonSyntaxException e) {
        assertThat(e.getMessage()).doesNotContain("setLenient");
        actual.add(c[0] + " -> " + e.getMessage().replaceFirst("(column \\d+), at path .*", "$1"));
      }
    }
    assertThat(actual).isEqualTo(expected);
    assertThatThrownBy(() -> read("{\n  \"a\": 1,\n  \"b\": x\n}"))
        .hasMessage("Malformed JSON at line 3, column 8, at path $.b: expected a value, found 'x'");
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
