package dev.cprops.mock.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.mock.values.ApiNames;
import dev.cprops.mock.values.DropdownOption;
import dev.cprops.mock.values.EmailAddresses;
import dev.cprops.mock.values.PropertyType;
import dev.cprops.mock.values.ValueCanonicalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataTest {
  private static final int SAMPLE = 2_000;

  @Test
  void partners_haveUniqueKeysValidEmailsAndKnownApiKeys() {
    List<Map<String, Object>> partners = DemoData.partners();

    assertThat(partners).hasSizeBetween(3, 4);
    assertThat(partners).extracting(p -> p.get("partner_key")).doesNotHaveDuplicates();
    assertThat(partners).extracting(p -> p.get("api_key")).doesNotHaveDuplicates();
    assertThat(partners.get(0))
        .containsEntry("partner_key", "partner_jane")
        .containsEntry("api_key", "ptk_demo_jane");
    for (Map<String, Object> partner : partners) {
      assertThat(partner).containsOnlyKeys("partner_key", "email", "name", "api_key");
      String email = (String) partner.get("email");
      assertThat(EmailAddresses.canonicalize(email)).isEqualTo(email);
      assertThat((String) partner.get("api_key")).startsWith("ptk_demo_");
    }
  }

  @Test
  void properties_coverEveryTypeOnceAndEveryAccessLevel() {
    List<Map<String, Object>> properties = DemoData.properties();

    assertThat(properties)
        .extracting(p -> p.get("type"))
        .containsExactlyInAnyOrderElementsOf(
            List.of(PropertyType.values()).stream().map(PropertyType::apiName).toList());
    assertThat(properties)
        .extracting(p -> p.get("access"))
        .contains("editable", "read_only", "hidden", "hidden_everywhere");
    assertThat(properties).extracting(p -> p.get("api_name")).doesNotHaveDuplicates();
    assertThat(properties).extracting(p -> p.get("label")).doesNotHaveDuplicates();
  }

  @Test
  void properties_areValidCreateBodies() {
    for (Map<String, Object> property : DemoData.properties()) {
      assertThat(ApiNames.isValid((String) property.get("api_name"))).isTrue();
      assertThat((String) property.get("label")).isNotBlank();
      assertThat((String) property.get("help_text")).isNotBlank();
      assertThat(property).containsEntry("required", false);
      boolean dropdown = property.get("type").equals("dropdown");
      boolean currency = property.get("type").equals("currency");
      assertThat(property.containsKey("options")).isEqualTo(dropdown);
      assertThat(property.containsKey("currency")).isEqualTo(currency);
    }
    assertThat(byApiName().get("mrr")).containsEntry("currency", "USD");
    assertThat(options(byApiName().get("subscription_plan")))
        .extracting(DropdownOption::value)
        .containsExactly("starter", "pro", "enterprise");
  }

  @Test
  void customers_holdOnlyCanonicalValuesOfKnownProperties() {
    Map<String, Map<String, Object>> properties = byApiName();

    Iterator<Map<String, Object>> customers = DemoData.customers(SAMPLE, 7L);
    while (customers.hasNext()) {
      Map<String, Object> customer = customers.next();
      for (Map.Entry<String, Object> value : meta(customer).entrySet()) {
        Map<String, Object> property = properties.get(value.getKey());
        assertThat(property).as(value.getKey()).isNotNull();
        PropertyType type = PropertyType.fromApiName((String) property.get("type")).orElseThrow();

        Object canonical =
            ValueCanonicalizer.canonicalize(type, options(property), value.getValue());

        assertThat(canonical)
            .as(customer.get("customer_key") + " " + value)
            .isEqualTo(value.getValue());
      }
    }
  }

  @Test
  void customers_areValidCreateBodiesWithUniqueKeysAndEmails() {
    Set<Object> partnerKeys =
        DemoData.partners().stream().map(p -> p.get("partner_key")).collect(Collectors.toSet());
    Set<Object> keys = new HashSet<>();
    Set<Object> emails = new HashSet<>();
    Set<Object> names = new HashSet<>();

    Iterator<Map<String, Object>> customers = DemoData.customers(SAMPLE, 7L);
    while (customers.hasNext()) {
      Map<String, Object> customer = customers.next();
      assertThat(customer).containsOnlyKeys("customer_key", "email", "name", "partner_key", "meta");
      String email = (String) customer.get("email");
      assertThat(EmailAddresses.canonicalize(email)).isEqualTo(email);
      assertThat((String) customer.get("name")).isNotBlank().hasSizeLessThanOrEqualTo(100);
      assertThat(partnerKeys).contains(customer.get("partner_key"));
      keys.add(customer.get("customer_key"));
      emails.add(email.toLowerCase(java.util.Locale.ROOT));
      names.add(customer.get("name"));
    }

    assertThat(keys).hasSize(SAMPLE).contains("acct_00001", "acct_02000");
    assertThat(emails).hasSize(SAMPLE);
    assertThat(names).hasSizeGreaterThan(SAMPLE / 2);
  }

  @Test
  void customers_fillEveryPropertySometimesAndLeaveEachEmptySometimes() {
    Map<String, Integer> filled = new HashMap<>();
    Iterator<Map<String, Object>> customers = DemoData.customers(SAMPLE, 11L);
    while (customers.hasNext()) {
      meta(customers.next()).keySet().forEach(k -> filled.merge(k, 1, Integer::sum));
    }

    assertThat(filled).containsOnlyKeys(byApiName().keySet());
    assertThat(filled.values()).allSatisfy(n -> assertThat(n).isBetween(SAMPLE / 5, SAMPLE - 1));
  }

  @Test
  void customers_useEveryPartnerAndVariedValues() {
    Set<Object> partners = new HashSet<>();
    Set<Object> countries = new HashSet<>();
    Set<Object> plans = new HashSet<>();
    Set<Object> mrr = new HashSet<>();
    Iterator<Map<String, Object>> customers = DemoData.customers(500, 3L);
    while (customers.hasNext()) {
      Map<String, Object> customer = customers.next();
      partners.add(customer.get("partner_key"));
      countries.add(meta(customer).get("country"));
      plans.add(meta(customer).get("subscription_plan"));
      mrr.add(meta(customer).get("mrr"));
    }

    assertThat(partners).hasSize(DemoData.partners().size());
    assertThat(countries).hasSizeGreaterThan(10).contains("United States", "Germany");
    assertThat(plans).contains("starter", "pro", "enterprise");
    assertThat(mrr).hasSizeGreaterThan(100);
  }

  @Test
  void customers_areDeterministicForASeed() {
    assertThat(take(DemoData.customers(300, 42L), 300))
        .isEqualTo(take(DemoData.customers(300, 42L), 300));
    assertThat(take(DemoData.customers(300, 42L), 300))
        .isNotEqualTo(take(DemoData.customers(300, 43L), 300));
  }

  @Test
  void customers_areGeneratedLazily_forHugeCounts() {
    Iterator<Map<String, Object>> customers = DemoData.customers(Integer.MAX_VALUE, 1L);

    assertThat(take(customers, 3))
        .extracting(c -> c.get("customer_key"))
        .containsExactly("acct_0000000001", "acct_0000000002", "acct_0000000003");
    assertThat(customers.hasNext()).isTrue();
  }

  @Test
  void customers_keepDomainsUnique_beyondEveryNameCombination() {
    Set<Object> emails = new HashSet<>();
    Iterator<Map<String, Object>> customers = DemoData.customers(5_000, 5L);
    while (customers.hasNext()) {
      emails.add(customers.next().get("email"));
    }

    assertThat(emails).hasSize(5_000);
  }

  @Test
  void customers_stopAfterCount() {
    Iterator<Map<String, Object>> customers = DemoData.customers(2, 1L);
    take(customers, 2);

    assertThat(customers.hasNext()).isFalse();
    assertThatThrownBy(customers::next).isInstanceOf(NoSuchElementException.class);
    assertThat(DemoData.customers(0, 1L).hasNext()).isFalse();
  }

  @Test
  void customers_rejectNegativeCount() {
    assertThatThrownBy(() -> DemoData.customers(-1, 1L))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<Map<String, Object>> take(Iterator<Map<String, Object>> it, int n) {
    List<Map<String, Object>> taken = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      taken.add(it.next());
    }
    return taken;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> meta(Map<String, Object> customer) {
    return (Map<String, Object>) customer.get("meta");
  }

  private static Map<String, Map<String, Object>> byApiName() {
    return DemoData.properties().stream()
        .collect(Collectors.toMap(p -> (String) p.get("api_name"), p -> p));
  }

  @SuppressWarnings("unchecked")
  private static List<DropdownOption> options(Map<String, Object> property) {
    List<Map<String, String>> options =
        (List<Map<String, String>>) property.getOrDefault("options", List.of());
    return options.stream().map(o -> new DropdownOption(o.get("label"), o.get("value"))).toList();
  }
}
