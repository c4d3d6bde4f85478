package dev.cprops.recipes.pills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PillResolverTest {
  private final Map<String, Object> trigger = new LinkedHashMap<>();
  private final Map<String, Object> steps = new LinkedHashMap<>();
  private final PillScope scope;

  PillResolverTest() {
    trigger.put("email", "ada@example.com");
    trigger.put("mrr", new BigDecimal("1200.50"));
    trigger.put("tags", List.of("a", "b"));
    trigger.put("phone", null);
    trigger.put("note", "");
    trigger.put("address", Map.of("city", "Paris"));
    steps.put("read", Map.of("rows", List.of(Map.of("name", "Ada"), Map.of("name", "Bob"))));
    scope = PillScope.of(trigger, steps, Map.of("name", "r", "dir", "/tmp"));
  }

  private Map<String, Object> resolve(Map<String, Object> input) {
    return PillResolver.resolveInput(input, scope, "upsert");
  }

  @Test
  void wholeValuePill_keepsItsType() {
    Map<String, Object> out =
        resolve(Map.of("mrr", "{{trigger.mrr}}", "tags", "{{ trigger.tags }}"));
    assertThat(out.get("mrr")).isEqualTo(new BigDecimal("1200.50"));
    assertThat(out.get("tags")).isEqualTo(List.of("a", "b"));
  }

  @Test
  void pillInsideText_isInterpolated() {
    Map<String, Object> out =
        resolve(Map.of("message", "{{trigger.email}} pays {{trigger.mrr}} for {{trigger.tags}}"));
    assertThat(out.get("message")).isEqualTo("ada@example.com pays 1200.50 for [\"a\",\"b\"]");
  }

  @Test
  void nullEmptyAndAbsent_stayDistinct() {
    Map<String, Object> input = new HashMap<>();
    input.put("phone", "{{trigger.phone}}");
    input.put("note", "{{trigger.note}}");
    input.put("fax", "{{trigger.fax?}}");
    Map<String, Object> out = resolve(input);
    assertThat(out).containsEntry("phone", null).containsEntry("note", "").doesNotContainKey("fax");
  }

  @Test
  void pathsWithIndexesAndNesting() {
    Map<String, Object> out =
        resolve(
            Map.of(
                "first", "{{steps.read.rows[0].name}}",
                "second", "{{steps.read.rows.1.name}}",
                "city", "{{trigger[\"address\"].city}}",
                "nested", Map.of("list", List.of("{{trigger.email}}"))));
    assertThat(out)
        .containsEntry("first", "Ada")
        .containsEntry("second", "Bob")
        .containsEntry("city", "Paris")
        .containsEntry("nested", Map.of("list", List.of("ada@example.com")));
  }

  @Test
  void missingKey_namesStepFieldAndPill() {
    assertThatThrownBy(() -> resolve(Map.of("email", "{{trigger.emial}}")))
        .isInstanceOf(PillException.class)
        .hasMessage(
            "step 'upsert', field 'email': pill {{trigger.emial}} points nowhere: the trigger event has no key 'emial'");
  }

  @Test
  void missingStep_indexOutOfRange_andScalarPaths_areErrors() {
    assertThatThrownBy(() -> resolve(Map.of("x", "{{steps.later.id}}")))
        .hasMessage(
            "step 'upsert', field 'x': pill {{steps.later.id}} points nowhere: no step 'later' has run before this step");
    assertThatThrownBy(() -> resolve(Map.of("x", "{{steps.read.rows[5].name}}")))
        .hasMessage(
            "step 'upsert', field 'x': pill {{steps.read.rows[5].name}} points nowhere: steps.read.rows has no element [5] (it has 2)");
    assertThatThrownBy(() -> resolve(Map.of("x", List.of("hi {{trigger.email.domain}}"))))
        .hasMessage(
            "step 'upsert', field 'x[0]': pill {{trigger.email.domain}} points nowhere: the trigger event.email is a string, not an object");
  }

  @Test
  void item_isOnlyDefinedInALoop() {
    assertThatThrownBy(() -> resolve(Map.of("x", "{{item.name}}")))
        .hasMessage(
            "step 'upsert', field 'x': pill {{item.name}} points nowhere: {{item}} exists only inside a for_each loop");
    Map<String, Object> out =
        PillResolver.resolveInput(
            Map.of("name", "{{item.name}}", "all", "{{item}}"),
            scope.withItem(Map.of("name", "Ada")),
            "s");
    assertThat(out).containsEntry("name", "Ada").containsEntry("all", Map.of("name", "Ada"));
  }

  @Test
  void malformedPill_isASyntaxError() {
    assertThatThrownBy(() -> resolve(Map.of("x", "{{steps}}")))
        .isInstanceOf(PillSyntaxException.class)
        .hasMessage(
            "bad pill {{steps}}: steps must be followed by a step id, as in {{steps.<id>.field}}");
    assertThatThrownBy(() -> resolve(Map.of("x", "{{account.id}}")))
        .hasMessage(
            "bad pill {{account.id}}: it must start with trigger, steps, item or recipe, not 'account'");
  }
}
