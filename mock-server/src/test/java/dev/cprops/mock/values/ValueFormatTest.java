package dev.cprops.mock.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueFormatTest {

  @Test
  void quote_keepsShortTextWhole() {
    assertThat(ValueFormat.quote("Narnia")).isEqualTo("'Narnia'");
  }

  @Test
  void quote_shortensToFortyCodePoints_withoutSplittingSurrogatePairs() {
    assertThat(ValueFormat.quote("🚀".repeat(41))).isEqualTo("'" + "🚀".repeat(40) + "…'");
  }

  @Test
  void quote_escapesControlCharacters() {
    assertThat(ValueFormat.quote("a\nb\tc\u0001")).isEqualTo("'a\\nb\\tc\\u0001'");
  }

  @Test
  void kindAndValue_namesTheJsonKind() {
    assertThat(ValueFormat.kindAndValue(new BigDecimal("4.20"))).isEqualTo("the number 4.20");
    assertThat(ValueFormat.kindAndValue(Boolean.FALSE)).isEqualTo("the boolean false");
    assertThat(ValueFormat.kindAndValue("x")).isEqualTo("the string 'x'");
    assertThat(ValueFormat.kindAndValue(List.of())).isEqualTo("an array");
    assertThat(ValueFormat.kindAndValue(Map.of())).isEqualTo("an object");
  }

  @Test
  void value_shortensLongNumbers() {
    assertThat(ValueFormat.value(new BigDecimal("1".repeat(50)))).isEqualTo("1".repeat(40) + "…");
  }
}
