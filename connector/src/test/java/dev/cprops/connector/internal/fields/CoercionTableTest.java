package dev.cprops.connector.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.connector.client.PropertyAccess;
import dev.cprops.connector.client.PropertyDefinition;
import dev.cprops.connector.client.PropertyOption;
import dev.cprops.connector.client.PropertyType;
import dev.cprops.connector.spi.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The coercion table {@code coercion/values.txt}: messy mapped values and what each type makes of
 * them in each mode, the canonical wire value or the exact error.
 */
class CoercionTableTest {
  private static final String FIELD = "meta.f";
  private static final List<PropertyOption> OPTIONS =
      List.of(
          new PropertyOption("Pro", "pro"),
          new PropertyOption("Basic Plan", "basic"),
          new PropertyOption("Enterprise", "ENT"));

  /** The expected forms, written out here rather than read from the codecs. */
  private static final Map<String, String> LENIENT_FORMS =
      Map.ofEntries(
          Map.entry("input", "text of at most 255 characters"),
          Map.entry("textarea", "text of at most 10000 characters"),
          Map.entry("region", "text of at most 255 characters"),
          Map.entry("email", "an email address such as ana@example.com"),
          Map.entry("dropdown", "one of pro (Pro), basic (Basic Plan), ENT (Enterprise)"),
          Map.entry("checkbox", "true or false (or yes/no, y/n, 1/0, on/off)"),
          Map.entry(
              "country",
              "an ISO 3166-1 alpha-2 code such as US or an English country name such as United"
                  + " States"),
          Map.entry(
              "date",
              "a date as YYYY-MM-DD (or MM/dd/yyyy, an ISO date-time or epoch milliseconds)"),
          Map.entry("currency", "a monetary amount in %s such as 1200.50"),
          Map.entry("number", "a number such as 1200.5"),
          Map.entry("url", "an http or https URL such as https://example.com"),
          Map.entry(
              "phone", "a phone number such as +14155550100 (national numbers are read as US)"));

  private static final Map<String, String> STRICT_FORMS =
      Map.of(
          "checkbox", "true or false",
          "date", "a date as YYYY-MM-DD",
          "phone", "a phone number in E.164 form such as +14155550100");

  record Row(int line, String type, CoercionMode mode, String input, String expected) {
    @Override
    public String toString() {
      return "line "
          + line
          + ": "
          + type
          + " "
          + mode.name().toLowerCase(Locale.ROOT)
          + " "
          + input
          + " -> "
          + expected;
    }
  }

  static Stream<Arguments> rows() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (var in = CoercionTableTest.class.getResourceAsStream("/coercion/values.txt");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = FixtureValues.cells(line);
        if (cells.size() != 4) {
          throw new IllegalStateException("line " + number + ": 4 cells expected: " + line);
        }
        String mode = cells.get(1);
        for (CoercionMode m : CoercionMode.values()) {
          if (mode.equals("both") || mode.equals(m.name().toLowerCase(Locale.ROOT))) {
            rows.add(Arguments.of(new Row(number, cells.get(0), m, cells.get(2), cells.get(3))));
          }
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void coercesMappedValue_toCanonicalWireValue_orNamesTheExpectedForm(Row row) {
    String[] typeAndCurrency = row.type().split(":");
    String typeName = typeAndCurrency[0];
    String currency = typeAndCurrency.length > 1 ? typeAndCurrency[1] : null;
    ValueCodec codec = codec(typeName, currency, row.mode());
    Object input = FixtureValues.value(row.input());

    if (row.expected().startsWith("!") || row.expected().startsWith("error:")) {
      String message = expectedMessage(row, typeName, currency, input);
      assertThatThrownBy(() -> codec.toApi(FIELD, input))
          .isInstanceOf(InputException.class)
          .hasMessage(message)
          .satisfies(e -> assertThat(((InputException) e).field()).isEqualTo(FIELD));
    } else {
      Object expected = FixtureValues.value(row.expected());
      Object actual = codec.toApi(FIELD, input);
      if (expected instanceof BigDecimal) {
        assertThat(actual).isInstanceOf(BigDecimal.class);
        assertThat(((BigDecimal) actual).toPlainString())
            .isEqualTo(((BigDecimal) expected).toPlainString());
      } else {
        assertThat(actual).isEqualTo(expected);
      }
    }
  }

  private static String expectedMessage(Row row, String type, String currency, Object input) {
    if (row.expected().startsWith("error:")) {
      return row.expected().substring("error:".length());
    }
    String form =
        switch (row.expected()) {
          case "!scale" -> "a monetary amount in %s with at most 2 decimal places such as 1200.50";
          case "!ext" -> "a phone number without an extension such as +14155550100";
          default ->
              row.mode() == CoercionMode.STRICT && STRICT_FORMS.containsKey(type)
                  ? STRICT_FORMS.get(type)
                  : LENIENT_FORMS.get(type);
        };
    form = String.format(form, currency == null ? "USD" : currency.toUpperCase(Locale.ROOT));
    return FIELD + ": " + FixtureValues.shown(input) + " is not valid; expected " + form;
  }

  private static ValueCodec codec(String type, String currency, CoercionMode mode) {
    PropertyDefinition definition =
        new PropertyDefinition(
            "cprop_1",
            "f",
            "F",
            PropertyType.fromApiName(type).orElseThrow(),
            PropertyAccess.EDITABLE,
            type.equals("dropdown") ? OPTIONS : List.of(),
            false,
            "",
            0,
            currency,
            false,
            0,
            0);
    return ValueCodecs.forDefinition(definition, CoercionSettings.custom().mode(mode).build());
  }
}
