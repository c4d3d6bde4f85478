package dev.cprops.mock.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.mock.errors.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiNamesTest {

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvFileSource(
      resources = "/values/api-names.csv",
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false)
  void fromLabel_derivesLowerSnakeCase(String label, String apiName) {
    assertThat(ApiNames.fromLabel(label)).isEqualTo(apiName);
    assertThat(ApiNames.isValid(apiName)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"売上", "---", "", "   ", "!!!", "Выручка", "💰"})
  void fromLabel_throws_whenNothingFoldsToAscii(String label) {
    assertThatThrownBy(() -> ApiNames.fromLabel(label))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_API_NAME));
  }

  @Test
  void fromLabel_namesTheLabel_whenItThrows() {
    assertThatThrownBy(() -> ApiNames.fromLabel("売上"))
        .hasMessage(
            "'売上' has no letters or digits to derive an api_name from: expected an api_name"
                + " matching ^[a-z][a-z0-9_]{0,63}$");
  }

  @Test
  void fromLabel_rejectsNull() {
    assertThatThrownBy(() -> ApiNames.fromLabel(null)).isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "mrr",
        "subscription_plan",
        "a1",
        "a_",
        "a__b",
        "x123456789012345678901234567890123456789012345678901234567890123"
      })
  void isValid_acceptsNamesMatchingTheRule(String apiName) {
    assertThat(ApiNames.isValid(apiName)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1a",
        "_a",
        "A",
        "Mrr",
        "mrr-usd",
        "mrr usd",
        "mrr.usd",
        "café",
        " mrr",
        "mrr\n",
        "x1234567890123456789012345678901234567890123456789012345678901234"
      })
  void isValid_rejectsNamesBreakingTheRule(String apiName) {
    assertThat(ApiNames.isValid(apiName)).isFalse();
  }

  @Test
  void isValid_rejectsNull() {
    assertThat(ApiNames.isValid(null)).isFalse();
  }
}
