package dev.cprops.connector.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.connector.client.PropertyAccess;
import dev.cprops.connector.client.PropertyDefinition;
import dev.cprops.connector.client.PropertyType;
import dev.cprops.connector.spi.InputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoercionSettingsTest {

  private static ValueCodec codec(PropertyType type, CoercionSettings settings) {
    return ValueCodecs.forDefinition(
        PropertyDefinition.of("f", "F", type, PropertyAccess.EDITABLE), settings);
  }

  @Test
  void defaults_areLenient_US_MonthFirst_withoutRounding() {
    CoercionSettings defaults = CoercionSettings.ofDefaults();
    assertThat(defaults.mode()).isEqualTo(CoercionMode.LENIENT);
    assertThat(defaults.defaultRegion()).isEqualTo("US");
    assertThat(defaults.datePatterns()).containsExactly("MM/dd/yyyy");
    assertThat(defaults.roundCurrency()).isFalse();
  }

  @Test
  void builder_rejectsAnUnknownRegion() {
    assertThatThrownBy(() -> CoercionSettings.custom().defaultRegion("XX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("defaultRegion: 'XX' is not a phone region such as US or GB");
  }

  @ParameterizedTest
  @ValueSource(strings = {"MM/dd", "HH:mm", "yyyy-MM-dd HH:mm", "not a pattern {", "", "qqq"})
  void builder_rejectsAPatternThatIsNotAWholeDate(String pattern) {
    assertThatThrownBy(() -> CoercionSettings.custom().datePatterns(pattern))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("datePatterns: ");
  }

  @Test
  void roundCurrency_roundsHalfEvenToTwoPlaces() {
    ValueCodec currency =
        codec(PropertyType.CURRENCY, CoercionSettings.custom().roundCurrency(true).build());
    assertThat(currency.toApi("meta.f", "1.005")).isEqualTo(new BigDecimal("1.00"));
    assertThat(currency.toApi("meta.f", "1.015")).isEqualTo(new BigDecimal("1.02"));
    assertThat(currency.toApi("meta.f", 0.1 + 0.2)).isEqualTo(new BigDecimal("0.30"));
    assertThat(currency.toApi("meta.f", "$12.345")).isEqualTo(new BigDecimal("12.34"));
  }

  @Test
  void defaultRegion_readsNationalPhoneNumbers() {
    ValueCodec phone =
        codec(PropertyType.PHONE, CoercionSettings.custom().defaultRegion("gb").build());
    assertThat(phone.toApi("meta.f", "020 7946 0958")).isEqualTo("+442079460958");
    assertThat(phone.toApi("meta.f", "+1 415 555 0100")).isEqualTo("+14155550100");
    assertThatThrownBy(() -> phone.toApi("meta.f", "(415) 555-0100"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "meta.f: '(415) 555-0100' is not valid; expected a phone number such as +14155550100"
                + " (national numbers are read as GB)");
  }

  @Test
  void datePatterns_areTriedInOrder_includingNamedMonths() {
    ValueCodec date =
        codec(
            PropertyType.DATE,
            CoercionSettings.custom().datePatterns("dd.MM.yyyy", "d MMM uuuu").build());
    assertThat(date.toApi("meta.f", "15.03.2024")).isEqualTo("2024-03-15");
    assertThat(date.toApi("meta.f", "5.3.2024")).isEqualTo("2024-03-05");
    assertThat(date.toApi("meta.f", "15 Mar 2024")).isEqualTo("2024-03-15");
  }

  @Test
  void datePatterns_rejectImpossibleDates_insteadOfAdjustingThem() {
    ValueCodec date =
        codec(PropertyType.DATE, CoercionSettings.custom().datePatterns("d MMM uuuu").build());
    assertThatThrownBy(() -> date.toApi("meta.f", "31 Feb 2024"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "meta.f: '31 Feb 2024' is not valid; expected a date as YYYY-MM-DD (or d MMM uuuu, an"
                + " ISO date-time or epoch milliseconds)");
  }

  @Test
  void noDatePatterns_leavesOnlyTheIsoFormsAndEpochMillis() {
    ValueCodec date =
        codec(PropertyType.DATE, CoercionSettings.custom().datePatterns(List.of()).build());
    assertThatThrownBy(() -> date.toApi("meta.f", "03/15/2024"))
        .hasMessage(
            "meta.f: '03/15/2024' is not valid; expected a date as YYYY-MM-DD (or an ISO"
                + " date-time or epoch milliseconds)");
  }

  @Test
  void codecs_areSharedSafelyAcrossThreads() throws Exception {
    ValueCodec country = codec(PropertyType.COUNTRY, CoercionSettings.ofDefaults());
    List<Thread> threads = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger wrong =
        new java.util.concurrent.atomic.AtomicInteger();
    for (int t = 0; t < 4; t++) {
      Thread thread =
          new Thread(
              () -> {
                for (int i = 0; i < 20_000; i++) {
                  if (!"GB".equals(country.toApi("meta.f", i % 2 == 0 ? "U.K." : "England"))) {
                    wrong.incrementAndGet();
                  }
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(wrong).hasValue(0);
  }
}
