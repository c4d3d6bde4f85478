package dev.cprops.mock.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonValueWriterTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "plain ascii",
        "quote \" backslash \\ slash /",
        "tab\t newline\n return\r backspace\b formfeed\f",
        "\u0000\u0001\u001f\u007f",
        "line\u2028paragraph\u2029separators",
        "caf\u00e9 \u65e5\u672c \ud83d\ude00 emoji",
        "lone \ud83d high and \ude00 low surrogates",
        "<script>&amp;'</script>"
      })
  void strings_areEscapedAsMoshiEscapesThem(String string) throws IOException {
    assertThat(text(JsonValueWriter.write(string))).isEqualTo(moshi(string));
  }

  @Test
  void documents_areWrittenAsMoshiWritesThem() throws IOException {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("nothing", null);
    inner.put("yes", true);
    inner.put("no", false);
    inner.put("key \"quoted\"", "v\n");
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("data", inner);
    document.put("items", Arrays.asList(1, 2L, "three", null, List.of(), Map.of()));
    document.put("status", 200);

    assertThat(text(JsonValueWriter.write(document))).isEqualTo(moshi(document));
  }

  @Test
  void numbers_arePlain() {
    List<Object> numbers =
        new ArrayList<>(
            List.of(
                new BigDecimal("1E+3"),
                new BigDecimal("-0.000001"),
                new BigDecimal("1200.00"),
                42L,
                -7,
                new BigInteger("123456789012345678901234567890")));

    assertThat(text(JsonValueWriter.write(numbers)))
        .isEqualTo("[1000,-0.000001,1200.00,42,-7,123456789012345678901234567890]");
  }

  @Test
  void rawJson_isCopiedAsItIs() {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("data", new RawJson("{\"key\":\"cus_1\",\"meta\":{\"n\":1.50}}"));
    document.put("status", 200);

    assertThat(text(JsonValueWriter.write(document)))
        .isEqualTo("{\"data\":{\"key\":\"cus_1\",\"meta\":{\"n\":1.50}},\"status\":200}");
  }

  @Test
  void writeToString_isTheTextOfWrite() {
    Map<String, Object> document = Map.of("caf\u00e9", List.of("\u65e5\u672c", 1));

    assertThat(JsonValueWriter.writeToString(document))
        .isEqualTo(text(JsonValueWriter.write(document)));
  }

  @Test
  void documentsOfAnySize_oneAfterTheOther_areEachWrittenWhole() throws IOException {
    for (int length : new int[] {10, 100_000, 10, 5_000, 0, 200_000, 3}) {
      String text = "\u00e9x\n".repeat(length);
      List<Object> document = Arrays.asList(text, length, null);

      assertThat(text(JsonValueWriter.write(document))).isEqualTo(moshi(document));
    }
  }

  @Test
  void render_withARenderInside_keepsBothWhole() {
    String outer =
        JsonValueWriter.render(
            json -> {
              json.append('[');
              JsonValueWriter.appendString(json, "before");
              String inner = JsonValueWriter.render(in -> JsonValueWriter.appendValue(in, 42L));
              json.append(',').append(inner).append(',');
              JsonValueWriter.appendValue(json, "after\n");
              json.append(']');
            });

    assertThat(outer).isEqualTo("[\"before\",42,\"after\\n\"]");
  }

  @Test
  void otherObjects_areRejected() {
    assertThatThrownBy(() -> JsonValueWriter.write(List.of(new Object())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Not a JSON value: java.lang.Object");
  }

  private static String text(byte[] json) {
    return new String(json, StandardCharsets.UTF_8);
  }

  /** What Moshi's own writer (the writer used before) makes of plain values. */
  private static String moshi(Object value) throws IOException {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      writer.jsonValue(value);
    }
    return buffer.readUtf8();
  }
}
