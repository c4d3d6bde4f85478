package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.Customer;
import dev.cprops.connector.internal.fields.MetaCoercer;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer as an action's output: its own fields, times as ISO-8601 date-times, and {@code meta}
 * as typed datapills (Boolean, BigDecimal, LocalDate, String).
 */
public final class CustomerOutput {
  private CustomerOutput() {}

  /** The output fields of a customer, with the given {@code meta} object field. */
  public static List<Field> fields(Field meta) {
    return List.of(
        text("key", "Customer ID", "The server's internal key, e.g. cus_..."),
        text("customer_key", "Customer key", "Your own unique id for the customer"),
        text("email", "Email", ""),
        text("name", "Name", ""),
        text("partner_key", "Partner key", ""),
        text("partnership_key", "Partnership key", ""),
        text("provider_key", "Provider key", ""),
        Field.builder("test", FieldType.BOOLEAN).label("Test customer").build(),
        Field.builder("archived", FieldType.BOOLEAN).label("Archived").build(),
        Field.builder("created_at", FieldType.DATE_TIME).label("Created at").build(),
        Field.builder("updated_at", FieldType.DATE_TIME).label("Updated at").build(),
        meta);
  }

  /** The output of one customer. */
  public static Map<String, Object> of(Customer customer, MetaCoercer coercer) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("key", customer.key());
    out.put("customer_key", customer.customerKey());
    out.put("email", customer.email());
    out.put("name", customer.name());
    out.put("partner_key", customer.partnerKey());
    out.put("partnership_key", customer.partnershipKey());
    out.put("provider_key", customer.providerKey());
    out.put("test", customer.test());
    out.put("archived", customer.archived());
    out.put("created_at", time(customer.createdAt()));
    out.put("updated_at", time(customer.updatedAt()));
    out.put("meta", coercer.fromApi(customer.meta()));
    return out;
  }

  /** Epoch milliseconds as an ISO-8601 instant, e.g. {@code 2024-11-23T22:13:20Z}. */
  public static String time(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).toString();
  }

  /** A customer as the editor shows it before any run. */
  public static Map<String, Object> sample() {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("subscription_plan", "pro");
    meta.put("mrr", new BigDecimal("1200.00"));
    meta.put("country", "United States");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("key", "cus_8Jd2kLm");
    out.put("customer_key", "acct_42");
    out.put("email", "ana@example.com");
    out.put("name", "Acme Ltd");
    out.put("partner_key", "partner_jane");
    out.put("partnership_key", "part_3hKq9");
    out.put("provider_key", null);
    out.put("test", false);
    out.put("archived", false);
    out.put("created_at", "2024-11-23T22:13:20Z");
    out.put("updated_at", "2024-11-24T09:01:00Z");
    out.put("meta", meta);
    return out;
  }

  private static Field text(String name, String label, String hint) {
    return Field.builder(name, FieldType.STRING).label(label).hint(hint).build();
  }
}
