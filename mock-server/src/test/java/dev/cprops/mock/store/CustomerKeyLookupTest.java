package dev.cprops.mock.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A customer is found by its current customer_key (or key) only, whatever else changes. */
class CustomerKeyLookupTest {
  private long now = 1_700_000_000_000L;
  private CustomerPropertiesStore store;

  @BeforeEach
  void setUp() {
    store = new CustomerPropertiesStore(() -> now++);
    store.createPartnership(
        Map.of("partner_key", "partner_a", "email", "a@partners.example"), "ptk_a");
    store.createCustomer(
        Map.of("customer_key", "acct_1", "email", "ana@example.com", "partner_key", "partner_a"));
  }

  @Test
  void aRenamedCustomer_isFoundByItsNewCustomerKey_andTheOldOneIsFree() {
    Customer renamed = store.updateCustomer("acct_1", Map.of("customer_key", "acct_9"));

    assertThat(store.getCustomer("acct_9")).isSameAs(renamed);
    assertThat(store.getCustomer(renamed.key())).isSameAs(renamed);
    assertThatThrownBy(() -> store.getCustomer("acct_1"))
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_FOUND));
    Customer other =
        store.createCustomer(
            Map.of(
                "customer_key", "acct_1", "email", "bob@example.com", "partner_key", "partner_a"));
    assertThat(store.getCustomer("acct_1")).isSameAs(other);
  }

  @Test
  void otherChanges_keepTheCustomerKey_andTheEmail() {
    Customer updated =
        store.updateCustomer("acct_1", Map.of("name", "Ana's shop", "meta", Map.of()));

    assertThat(store.getCustomer("acct_1")).isSameAs(updated);
    Page<Customer> byEmail =
        store.listCustomers(
            new CustomerFilter(
                "ana@example.com",
                null,
                null,
                Long.MIN_VALUE,
                Long.MAX_VALUE,
                Long.MIN_VALUE,
                Long.MAX_VALUE,
                false),
            PageRequest.first(10, SortOrder.DEFAULT));
    assertThat(byEmail.items()).containsExactly(updated);
  }

  @Test
  void aCustomerKeyRemoved_findsTheCustomerByKeyOnly() {
    Customer customer = store.getCustomer("acct_1");
    Map<String, Object> body = new HashMap<>();
    body.put("customer_key", null);

    Customer keyless = store.updateCustomer("acct_1", body);

    assertThat(keyless.customerKey()).isNull();
    assertThat(store.getCustomer(customer.key())).isSameAs(keyless);
    assertThatThrownBy(() -> store.getCustomer("acct_1")).isInstanceOf(StoreException.class);
  }
}
