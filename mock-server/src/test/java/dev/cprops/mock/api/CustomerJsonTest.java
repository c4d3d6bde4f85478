package dev.cprops.mock.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.json.JsonValueWriter;
import dev.cprops.mock.store.Customer;
import dev.cprops.mock.store.CustomerPropertiesStore;
import dev.cprops.mock.store.PropertySchema;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The direct writer must write exactly what the map representation is written as. */
class CustomerJsonTest {
  private static final String AWKWARD =
      "\"quoted\" back\\slash caf\u00e9 \u65e5\u672c\n\u2028 \ud83d\ude00";

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void awkwardCustomers_areWrittenAsTheirRepresentation(boolean forPartner) {
    CustomerPropertiesStore store = new CustomerPropertiesStore();
    property(store, "plan", "Plan " + AWKWARD.replace('\n', ' '), "input", "editable");
    property(store, "mrr", "MRR", "currency", "read_only");
    property(store, "seats", "Seats", "number", "read_only");
    property(store, "notes", "Notes", "textarea", "hidden");
    property(store, "risk", "Risk", "checkbox", "hidden_everywhere");
    property(store, "gone", "Gone", "input", "editable");
    store.archiveProperty("gone");
    PropertySchema schema = store.schema();
    CustomerJson writer = new CustomerJson(schema, forPartner);

    Map<String, Object> meta = new HashMap<>();
    meta.put("plan", AWKWARD);
    meta.put("mrr", "1200.50");
    meta.put("seats", new BigDecimal("1E+3"));
    meta.put("notes", "line one\nline two\t\u0001");
    meta.put("risk", true);
    meta.put("gone", "kept for a restore, never shown");
    for (Customer customer :
        List.of(
            customer("cus_1", "acct_" + AWKWARD, AWKWARD + "@example.com", AWKWARD, meta),
            customer("cus_2", null, "b@example.com", null, Map.of()),
            customer("cus_3", "acct_3", "c@example.com", "C", Map.of("seats", BigDecimal.ZERO)))) {
      assertThat(writer.write(customer)).isEqualTo(expected(customer, schema, forPartner));
    }
    assertThat(writer.writesWith(schema)).isTrue();
    assertThat(writer.writesWith(store.schema())).isTrue();
    property(store, "later", "Later", "input", "editable");
    assertThat(writer.writesWith(store.schema())).isFalse();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void withoutProperties_metaAndFieldsAreEmpty(boolean forPartner) {
    PropertySchema schema = new CustomerPropertiesStore().schema();
    Customer customer = customer("cus_1", "acct_1", "a@example.com", "A", Map.of("x", "y"));

    String json = new CustomerJson(schema, forPartner).write(customer);

    assertThat(json)
        .isEqualTo(expected(customer, schema, forPartner))
        .endsWith("\"meta\":{},\"fields\":[]}");
  }

  private static void property(
      CustomerPropertiesStore store, String apiName, String label, String type, String access) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("api_name", apiName);
    body.put("label", label);
    body.put("type", type);
    body.put("access", access);
    if (type.equals("currency")) {
      body.put("currency", "USD");
    }
    store.createProperty(body);
  }

  private static Customer customer(
      String key, String customerKey, String email, String name, Map<String, Object> meta) {
    return new Customer(
        key,
        customerKey,
        email,
        name,
        "partner_" + AWKWARD,
        "part_1",
        key.equals("cus_1") ? "prov_" + AWKWARD : null,
        key.equals("cus_2"),
        key.equals("cus_3"),
        1_700_000_000_000L,
        1_700_000_000_123L,
        meta);
  }

  private static String expected(Customer customer, PropertySchema schema, boolean forPartner) {
    return JsonValueWriter.writeToString(
        Representations.customer(customer, schema, forPartner, true));
  }
}
