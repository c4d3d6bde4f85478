package dev.cprops.mock.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangesTest {
  @Test
  void metaIsComparedKeyByKey_absentIsNull_andIgnoredFieldsAreLeftOut() {
    Map<String, Object> before =
        map(
            "key",
            "cus_1",
            "name",
            "Acme",
            "email",
            "a@example.com",
            "updated_at",
            1L,
            "fields",
            List.of(),
            "meta",
            map("mrr", "100.00", "plan", "pro", "seats", 3));
    Map<String, Object> after =
        map(
            "key",
            "cus_1",
            "name",
            "Acme Ltd",
            "email",
            "a@example.com",
            "updated_at",
            2L,
            "fields",
            List.of(map("x", 1)),
            "meta",
            map("mrr", "1200.00", "seats", 3, "vip", true));

    assertThat(Changes.between(before, after, Changes.CUSTOMER_IGNORED))
        .isEqualTo(
            map(
                "name", map("from", "Acme", "to", "Acme Ltd"),
                "meta.mrr", map("from", "100.00", "to", "1200.00"),
                "meta.vip", map("from", null, "to", true),
                "meta.plan", map("from", "pro", "to", null)));
  }

  @Test
  void otherObjectsAndArrays_areComparedWhole() {
    List<Object> options = List.of(map("label", "Pro", "value", "pro"));
    List<Object> more =
        List.of(map("label", "Pro", "value", "pro"), map("label", "Team", "value", "team"));

    assertThat(
            Changes.between(
                map("options", options, "position", new BigDecimal("1")),
                map("options", more, "position", new BigDecimal("1")),
                Changes.PROPERTY_IGNORED))
        .isEqualTo(map("options", map("from", options, "to", more)));
  }

  @Test
  void noDifference_noChanges() {
    Map<String, Object> customer = map("name", "Acme", "meta", map("mrr", "1.00"));

    assertThat(Changes.between(customer, customer, Changes.CUSTOMER_IGNORED)).isEmpty();
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
