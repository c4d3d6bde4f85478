package dev.cprops.mock.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code email} list filter is an index lookup now; it must answer exactly as the scan did. */
class CustomerEmailFilterTest {
  private long now = 1_700_000_000_000L;
  private CustomerPropertiesStore store;

  @BeforeEach
  void setUp() {
    store = new CustomerPropertiesStore(() -> now++);
    store.createPartnership(
        Map.of("partner_key", "partner_a", "email", "a@partners.example"), "ptk_a");
    store.createPartnership(
        Map.of("partner_key", "partner_b", "email", "b@partners.example"), "ptk_b");
  }

  @Test
  void emailFilter_isCaseInsensitive_andTrimmed() {
    create("c1", "Ana@Example.com", "partner_a");
    create("c2", "ana@example.COM", "partner_b");
    create("c3", "bob@example.com", "partner_a");

    assertThat(keys(filter(" ANA@example.com ", false))).containsExactly("c2", "c1");
    assertThat(keys(filter("bob@EXAMPLE.com", false))).containsExactly("c3");
    assertThat(keys(filter("nobody@example.com", false))).isEmpty();
  }

  @Test
  void emailFilter_leavesArchivedOut_unlessIncluded() {
    create("c1", "ana@example.com", "partner_a");
    create("c2", "ana@example.com", "partner_a");
    store.archiveCustomer("c1");

    assertThat(keys(filter("ana@example.com", false))).containsExactly("c2");
    assertThat(keys(filter("ana@example.com", true))).containsExactly("c2", "c1");
    store.updateCustomer("c1", Map.of("archived", false));
    assertThat(keys(filter("ana@example.com", false))).containsExactly("c2", "c1");
  }

  @Test
  void emailFilter_followsAnUpdatedEmail() {
    create("c1", "old@example.com", "partner_a");
    store.updateCustomer("c1", Map.of("email", "New@Example.com"));

    assertThat(keys(filter("old@example.com", true))).isEmpty();
    assertThat(keys(filter("new@example.com", true))).containsExactly("c1");
  }

  @Test
  void emailFilter_findsNothing_afterAReset_andNewContentAfterAReseed() {
    create("c1", "ana@example.com", "partner_a");
    store.clear();
    assertThat(keys(filter("ana@example.com", true))).isEmpty();

    store.replaceContents(
        1_000,
        10,
        () -> {
          store.createPartnership(
              Map.of("partner_key", "partner_c", "email", "c@partners.example"), "ptk_c");
          create("c9", "ana@example.com", "partner_c");
        });
    assertThat(keys(filter("ana@example.com", false))).containsExactly("c9");
  }

  @Test
  void emailFilter_inPartnerLists_showsOnlyThatPartnersActiveCustomers() {
    create("c1", "ana@example.com", "partner_a");
    create("c2", "ana@example.com", "partner_b");
    create("c3", "ana@example.com", "partner_a");
    store.archiveCustomer("c3");

    Page<Customer> page =
        store.listPartnerCustomers(
            "partner_a", filter("ANA@example.com", true), PageRequest.first(10, SortOrder.DEFAULT));
    assertThat(keys(page)).containsExactly("c1");
  }

  @Test
  void indexedPages_equalScannedPages_forEveryOrderCursorAndBound() {
    TimeOrderedIndex<Customer> scanned = new TimeOrderedIndex<>(() -> 0);
    TimeOrderedIndex<Customer> indexed = new TimeOrderedIndex<>(() -> 0);
    EmailIndex emails = new EmailIndex();
    Random random = new Random(7);
    List<String> keys = new ArrayList<>();
    Map<String, Customer> current = new HashMap<>();
    for (int i = 0; i < 400; i++) {
      String key = "cus_" + i;
      Customer customer = customer(key, "u" + random.nextInt(4) + "@example.com", i, i);
      keys.add(key);
      put(scanned, indexed, emails, current, customer);
    }
    for (int i = 0; i < 300; i++) {
      Customer old = current.get(keys.get(random.nextInt(keys.size())));
      Customer changed =
          withEmailAndArchived(
              old,
              random.nextBoolean() ? old.email() : "U" + random.nextInt(4) + "@example.com",
              random.nextInt(5) == 0,
              1_000 + i);
      put(scanned, indexed, emails, current, changed);
    }
    for (int i = 0; i < 2_000; i++) {
      SortOrder order = SortOrder.values()[random.nextInt(SortOrder.values().length)];
      String cursor = random.nextInt(3) == 0 ? null : keys.get(random.nextInt(keys.size()));
      boolean backwards = cursor != null && random.nextBoolean();
      long min = random.nextInt(4) == 0 ? random.nextInt(1_300) : Long.MIN_VALUE;
      long max = random.nextInt(4) == 0 ? random.nextInt(1_300) : Long.MAX_VALUE;
      PageRequest request =
          new PageRequest(
              1 + random.nextInt(30),
              backwards ? null : cursor,
              backwards ? cursor : null,
              order,
              min,
              max);
      CustomerFilter filter =
          new CustomerFilter(
              "u" + random.nextInt(5) + "@EXAMPLE.com",
              null,
              null,
              Long.MIN_VALUE,
              Long.MAX_VALUE,
              Long.MIN_VALUE,
              Long.MAX_VALUE,
              random.nextBoolean());
      Predicate<Customer> scope = c -> true;
      Page<Customer> expected = scanned.page(request, scope, filter.predicate());
      Page<Customer> actual =
          indexed.pageAmong(
              emails.keys(filter.normalizedEmail()), request, scope, filter.predicate());
      assertThat(actual).as("request %s, filter %s", request, filter).isEqualTo(expected);
    }
  }

  private static void put(
      TimeOrderedIndex<Customer> scanned,
      TimeOrderedIndex<Customer> indexed,
      EmailIndex emails,
      Map<String, Customer> current,
      Customer customer) {
    Customer old = current.put(customer.key(), customer);
    if (old != null) {
      emails.remove(old);
    }
    emails.add(customer);
    scanned.put(customer);
    indexed.put(customer);
  }

  private static Customer customer(String key, String email, long createdAt, long updatedAt) {
    return new Customer(
        key,
        null,
        email,
        null,
        "partner_a",
        "part_a",
        null,
        false,
        false,
        createdAt,
        updatedAt,
        Map.of());
  }

  private static Customer withEmailAndArchived(
      Customer c, String email, boolean archived, long updatedAt) {
    return new Customer(
        c.key(),
        null,
        email,
        null,
        c.partnerKey(),
        c.partnershipKey(),
        null,
        false,
        archived,
        c.createdAt(),
        updatedAt,
        Map.of());
  }

  private void create(String customerKey, String email, String partnerKey) {
    store.createCustomer(
        Map.of("customer_key", customerKey, "email", email, "partner_key", partnerKey));
  }

  private static CustomerFilter filter(String email, boolean includeArchived) {
    return new CustomerFilter(
        email,
        null,
        null,
        Long.MIN_VALUE,
        Long.MAX_VALUE,
        Long.MIN_VALUE,
        Long.MAX_VALUE,
        includeArchived);
  }

  private List<String> keys(CustomerFilter filter) {
    return keys(store.listCustomers(filter, PageRequest.first(10, SortOrder.DEFAULT)));
  }

  private static List<String> keys(Page<Customer> page) {
    return page.items().stream().map(Customer::customerKey).toList();
  }
}
