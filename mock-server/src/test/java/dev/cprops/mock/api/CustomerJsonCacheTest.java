package dev.cprops.mock.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.json.JsonValueWriter;
import dev.cprops.mock.json.RawJson;
import dev.cprops.mock.seed.DemoSeeder;
import dev.cprops.mock.seed.Seed;
import dev.cprops.mock.store.Customer;
import dev.cprops.mock.store.CustomerPropertiesStore;
import dev.cprops.mock.store.PropertySchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerJsonCacheTest {
  private final CustomerPropertiesStore store = new CustomerPropertiesStore();

  @BeforeEach
  void seed() {
    new DemoSeeder(store).seed(Seed.DEMO, 60);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void everyCustomer_isTheJsonOfItsRepresentation_renderedOnce(boolean forPartner) {
    CustomerJsonCache cache = new CustomerJsonCache(forPartner);
    PropertySchema schema = store.schema();

    for (Customer customer : customers()) {
      RawJson first = cache.json(customer, schema);
      assertThat(first.json()).isEqualTo(expected(customer, schema, forPartner));
      assertThat(cache.json(customer, schema)).isSameAs(first);
    }
    assertThat(cache.renderings()).isEqualTo(customers().size());
  }

  @Test
  void aChangedCustomer_isRenderedAfresh_anUnchangedOneIsNot() {
    CustomerJsonCache cache = new CustomerJsonCache(false);
    Customer before = store.getCustomer("acct_00001");
    RawJson old = cache.json(before, store.schema());

    Customer after = store.updateCustomer("acct_00001", Map.of("meta", Map.of("seats", 777)));
    RawJson updated = cache.json(after, store.schema());

    assertThat(updated.json())
        .isEqualTo(expected(after, store.schema(), false))
        .contains("\"seats\":777")
        .isNotEqualTo(old.json());
    Customer unchanged = store.updateCustomer("acct_00001", Map.of("meta", Map.of("seats", 777)));
    assertThat(cache.json(unchanged, store.schema())).isSameAs(updated);
    assertThat(cache.renderings()).isEqualTo(2);
  }

  @Test
  void aPropertyChange_rendersEveryCustomerAfresh() {
    CustomerJsonCache cache = new CustomerJsonCache(false);
    Customer customer = store.getCustomer("acct_00002");
    cache.json(customer, store.schema());

    store.updateProperty("industry", Map.of("label", "Sector"));
    assertThat(cache.json(customer, store.schema()).json())
        .isEqualTo(expected(customer, store.schema(), false))
        .contains("\"label\":\"Sector\"");
    store.archiveProperty("industry");
    assertThat(cache.json(customer, store.schema()).json())
        .isEqualTo(expected(customer, store.schema(), false))
        .doesNotContain("\"industry\"");

    assertThat(cache.renderings()).isEqualTo(3);
  }

  @Test
  void aReseed_rendersTheNewCustomers_notTheOldOnes() {
    CustomerJsonCache cache = new CustomerJsonCache(false);
    Customer old = store.getCustomer("acct_00003");
    cache.json(old, store.schema());

    new DemoSeeder(store).seed(Seed.DEMO, 60);
    Customer reseeded = store.getCustomer("acct_00003");

    assertThat(reseeded).isNotSameAs(old);
    assertThat(cache.json(reseeded, store.schema()).json())
        .isEqualTo(expected(reseeded, store.schema(), false));
  }

  @Test
  void theCharsHeld_stayWithinTheLimit_andTheAnswersStayExact() {
    long limit = 10_000;
    CustomerJsonCache cache = new CustomerJsonCache(false, limit);
    PropertySchema schema = store.schema();

    for (int pass = 0; pass < 3; pass++) {
      for (Customer customer : customers()) {
        assertThat(cache.json(customer, schema).json())
            .isEqualTo(expected(customer, schema, false));
        assertThat(cache.charsHeld()).isLessThanOrEqualTo(limit);
      }
    }
    assertThat(cache.charsHeld()).isPositive();
  }

  private List<Customer> customers() {
    return store.exportState().customers();
  }

  private static String expected(Customer customer, PropertySchema schema, boolean forPartner) {
    return JsonValueWriter.writeToString(
        Representations.customer(customer, schema, forPartner, true));
  }
}
