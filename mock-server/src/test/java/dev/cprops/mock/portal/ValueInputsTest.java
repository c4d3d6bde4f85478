package dev.cprops.mock.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.store.PropertyAccess;
import dev.cprops.mock.store.PropertyDefinition;
import dev.cprops.mock.values.DropdownOption;
import dev.cprops.mock.values.PropertyType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueInputsTest {
  @Test
  void aCheckboxIsTrueOnlyWhenTicked() {
    PropertyDefinition checkbox = definition(PropertyType.CHECKBOX);
    assertThat(ValueInputs.fromForm(checkbox, List.of("false", "true"))).isEqualTo(true);
    assertThat(ValueInputs.fromForm(checkbox, List.of("false"))).isEqualTo(false);
    assertThat(ValueInputs.changed(checkbox, null, false)).as("unticked, never set").isFalse();
    assertThat(ValueInputs.changed(checkbox, true, false)).isTrue();
  }

  @Test
  void anEmptyInputClearsAndTextareaLineBreaksBecomeLf() {
    PropertyDefinition textarea = definition(PropertyType.TEXTAREA);
    assertThat(ValueInputs.fromForm(textarea, List.of(""))).isNull();
    assertThat(ValueInputs.fromForm(textarea, List.of("a\r\nb"))).isEqualTo("a\nb");
    assertThat(ValueInputs.changed(textarea, "a", null)).isTrue();
    assertThat(ValueInputs.changed(textarea, null, null)).isFalse();
  }

  @Test
  void numbersCompareByValueButTextCompareAsText() {
    assertThat(ValueInputs.changed(definition(PropertyType.CURRENCY), "1200.00", "1200")).isFalse();
    assertThat(
            ValueInputs.changed(definition(PropertyType.NUMBER), new BigDecimal("42.50"), "42.5"))
        .isFalse();
    assertThat(ValueInputs.changed(definition(PropertyType.NUMBER), new BigDecimal("42"), "43"))
        .isTrue();
    assertThat(ValueInputs.changed(definition(PropertyType.INPUT), "0012", "12")).isTrue();
    assertThat(ValueInputs.changed(definition(PropertyType.CURRENCY), "10.00", "ten")).isTrue();
  }

  @Test
  void aReadOnlyValueIsShownAsTheProductShowsIt() {
    PropertyDefinition dropdown =
        new PropertyDefinition(
            "cprop_1",
            "plan",
            "Plan",
            PropertyType.DROPDOWN,
            PropertyAccess.READ_ONLY,
            List.of(new DropdownOption("Pro plan", "pro")),
            false,
            "",
            0,
            null,
            false,
            0,
            0);
    Map<String, Object> field = ValueInputs.field(dropdown, "pro", false);
    assertThat(field).containsEntry("display", "Pro plan").containsEntry("editable", false);
    assertThat(field).doesNotContainKey("select");
    Map<String, Object> editable = ValueInputs.field(dropdown, "pro", true);
    assertThat(editable).containsEntry("select", true);
  }

  private static PropertyDefinition definition(PropertyType type) {
    return new PropertyDefinition(
        "cprop_" + type.apiName(),
        type.apiName(),
        type.apiName(),
        type,
        PropertyAccess.EDITABLE,
        List.of(),
        false,
        "",
        0,
        type == PropertyType.CURRENCY ? "USD" : null,
        false,
        0,
        0);
  }
}
