package dev.cprops.connector.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.connector.client.PropertyAccess;
import dev.cprops.connector.client.PropertyDefinition;
import dev.cprops.connector.client.PropertyOption;
import dev.cprops.connector.client.PropertyType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What goes to the API comes back as the typed datapill, and a datapill mapped back into an action
 * is accepted unchanged, in both modes.
 */
class RoundTripTest {

  private static ValueCodec codec(PropertyType type, CoercionMode mode) {
    PropertyDefinition definition =
        new PropertyDefinition(
            "k",
            "f",
            "F",
            type,
            PropertyAccess.EDITABLE,
            type == PropertyType.DROPDOWN ? List.of(new PropertyOption("Pro", "pro")) : List.of(),
            false,
            "",
            0,
            null,
            false,
            0,
            0);
    return ValueCodecs.forDefinition(definition, CoercionSettings.custom().mode(mode).build());
  }

  /** type, messy lenient input, what the API stores and returns, the datapill's text. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "INPUT    |  Acme Ltd                  | Acme Ltd             | Acme Ltd",
        "EMAIL    | Ana@EXAMPLE.com            | Ana@example.com      | Ana@example.com",
        "TEXTAREA | notes                      | notes                | notes",
        "DROPDOWN | PRO                        | pro                  | pro",
        "CHECKBOX | yes                        | true                 | true",
        "REGION   | California                 | California           | California",
        "DATE     | 03/15/2024                 | 2024-03-15           | 2024-03-15",
        "CURRENCY | '$1,200.5'                 | 1200.50              | 1200.50",
        "NUMBER   | '1,200.25'                 | 1200.25              | 1200.25",
        "URL      | acme.com                   | https://acme.com     | https://acme.com",
        "PHONE    | (415) 555-0100             | +14155550100         | +14155550100",
      })
  void messyValue_goesOutCanonical_andComesBackTyped_andIsAcceptedAgainUnchanged(
      PropertyType type, String messy, String stored, String datapill) {
    Object wire = codec(type, CoercionMode.LENIENT).toApi("meta.f", messy);
    assertThat(String.valueOf(wire instanceof BigDecimal d ? d.toPlainString() : wire))
        .isEqualTo(stored);
    Object returned = wire instanceof BigDecimal d ? d.toPlainString() : wire;
    for (CoercionMode mode : CoercionMode.values()) {
      ValueCodec codec = codec(type, mode);
      Object typed = codec.fromApi(returned);
      assertThat(typed instanceof BigDecimal d ? d.toPlainString() : typed.toString())
          .isEqualTo(datapill);
      assertThat(codec.toApi("meta.f", typed)).isEqualTo(wire);
    }
  }

  @ParameterizedTest
  @EnumSource(CoercionMode.class)
  void country_comesBackAsTheFullName_whichIsAcceptedAgain(CoercionMode mode) {
    ValueCodec codec = codec(PropertyType.COUNTRY, mode);
    Object datapill = codec.fromApi("United States");
    assertThat(datapill).isEqualTo("United States");
    assertThat(codec.toApi("meta.f", datapill)).isEqualTo("US");
    assertThat(Countries.alpha2("United States")).contains("US");
    assertThat(Countries.name("us")).contains("United States");
  }

  @ParameterizedTest
  @EnumSource(PropertyType.class)
  void null_isAClear_inBothDirections(PropertyType type) {
    for (CoercionMode mode : CoercionMode.values()) {
      assertThat(codec(type, mode).toApi("meta.f", null)).isNull();
      assertThat(codec(type, mode).fromApi(null)).isNull();
    }
  }

  @ParameterizedTest
  @CsvSource({"DATE, soon", "CHECKBOX, maybe", "NUMBER, lots", "CURRENCY, '1,200'"})
  void fromApi_rejectsAValueTheTypeNeverHolds(PropertyType type, String apiValue) {
    assertThatThrownBy(() -> codec(type, CoercionMode.LENIENT).fromApi(apiValue))
        .isInstanceOf(UnexpectedApiValueException.class)
        .hasMessage("the API returned '" + apiValue + "' for a " + type.apiName() + " property");
  }

  @ParameterizedTest
  @CsvSource({"DATE", "CHECKBOX", "NUMBER", "CURRENCY"})
  void typedDatapills_haveJavaTypes(PropertyType type) {
    Object typed =
        codec(type, CoercionMode.STRICT)
            .fromApi(
                switch (type) {
                  case DATE -> "2024-03-15";
                  case CHECKBOX -> true;
                  case NUMBER -> 1.5;
                  default -> "1.50";
                });
    assertThat(typed)
        .isInstanceOf(
            switch (type) {
              case DATE -> LocalDate.class;
              case CHECKBOX -> Boolean.class;
              default -> BigDecimal.class;
            });
  }
}
