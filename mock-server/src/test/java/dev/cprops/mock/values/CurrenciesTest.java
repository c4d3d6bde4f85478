package dev.cprops.mock.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CurrenciesTest {

  @ParameterizedTest
  @ValueSource(strings = {"USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "INR", "BRL", "SEK"})
  void isValidCode_acceptsIso4217Codes(String code) {
    assertThat(Currencies.isValidCode(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"usd", "Usd", "US", "USDD", "", " USD", "ABC", "$", "EURO"})
  void isValidCode_rejectsEverythingElse(String code) {
    assertThat(Currencies.isValidCode(code)).isFalse();
  }

  @Test
  void isValidCode_rejectsNull() {
    assertThat(Currencies.isValidCode(null)).isFalse();
  }

  @Test
  void defaultCode_isValid() {
    assertThat(Currencies.isValidCode(Currencies.DEFAULT_CODE)).isTrue();
  }
}
