package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.Customer;
import dev.cprops.connector.client.CustomerOrder;
import dev.cprops.connector.client.CustomerQuery;
import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.internal.fields.MetaCoercer;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Inputs;
import dev.cprops.connector.spi.PickOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** {@code search_customers}: customers matching the API's filters, typed, up to a limit. */
public final class SearchCustomersAction extends CustomerPropertiesAction {
  static final int MAX_LIMIT = 1000;
  private static final int DEFAULT_LIMIT = 100;

  public SearchCustomersAction(Function<Connection, CustomerPropertiesContext> contexts) {
    super(contexts);
  }

  @Override
  public String id() {
    return "search_customers";
  }

  @Override
  public String title() {
    return "Search customers";
  }

  @Override
  public String help() {
    return "Finds customers by email, customer key, partner, or created/updated time, newest first"
        + " unless ordered otherwise; returns up to the limit (at most "
        + MAX_LIMIT
        + ") and whether more match.";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        CustomerInputs.email(true),
        CustomerInputs.customerKey(true, "Your own key for the customer, e.g. acct_42."),
        CustomerInputs.partnerKey(true),
        time("created_after", "Created at or after"),
        time("created_before", "Created at or before"),
        time("updated_after", "Updated at or after"),
        time("updated_before", "Updated at or before"),
        Field.builder("include_archived", FieldType.BOOLEAN)
            .label("Include archived")
            .controlType(ControlType.CHECKBOX)
            .hint("Also return archived customers; default no.")
            .build(),
        Field.builder("order_by", FieldType.STRING)
            .label("Order by")
            .controlType(ControlType.SELECT)
            .options(
                Arrays.stream(CustomerOrder.values())
                    .map(o -> new PickOption(o.apiName(), o.apiName()))
                    .toList())
            .hint("Default: -created_at (newest first).")
            .build(),
        Field.builder("limit", FieldType.INTEGER)
            .label("Limit")
            .hint("1 to " + MAX_LIMIT + "; default " + DEFAULT_LIMIT + ".")
            .build());
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    Field meta = connection == null ? LiveProperties.emptyMeta() : live(connection).metaOutput();
    return List.of(
        Field.builder("customers", FieldType.ARRAY)
            .label("Customers")
            .of(FieldType.OBJECT)
            .properties(CustomerOutput.fields(meta))
            .build(),
        Field.builder("count", FieldType.INTEGER).label("Count").build(),
        Field.builder("has_more", FieldType.BOOLEAN).label("More match").build());
  }

  @Override
  public Map<String, Object> sampleOutput() {
    return Map.of("customers", List.of(CustomerOutput.sample()), "count", 1, "has_more", false);
  }

  @Override
  public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
    int limit = Inputs.integer(input, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    CustomerQuery.Builder query =
        CustomerQuery.builder().pageSize(Math.min(limit + 1, CustomerQuery.MAX_PAGE_SIZE));
    Inputs.string(input, "email").ifPresent(query::email);
    Inputs.string(input, "customer_key").ifPresent(query::customerKey);
    Inputs.string(input, "partner_key").ifPresent(query::partnerKey);
    millis(input, "created_after").ifPresent(query::minCreated);
    millis(input, "created_before").ifPresent(query::maxCreated);
    millis(input, "updated_after").ifPresent(query::minUpdated);
    millis(input, "updated_before").ifPresent(query::maxUpdated);
    if (Inputs.bool(input, "include_archived", false)) {
      query.includeArchived(true);
    }
    Inputs.string(input, "order_by").ifPresent(o -> query.orderBy(order(o)));
    MetaCoercer coercer = live(connection).coercer();
    CustomerRoutes routes = new CustomerRoutes(context(connection).client());
    List<Map<String, Object>> customers = new ArrayList<>();
    boolean more = false;
    for (Customer customer : (Iterable<Customer>) routes.stream(query.build())::iterator) {
      if (customers.size() == limit) {
        more = true;
        break;
      }
      customers.add(CustomerOutput.of(customer, coercer));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("customers", customers);
    out.put("count", customers.size());
    out.put("has_more", more);
    return out;
  }

  private static CustomerOrder order(String value) {
    return Arrays.stream(CustomerOrder.values())
        .filter(o -> o.apiName().equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new InputException(
                    "order_by", value, "created_at, -created_at, updated_at or -updated_at"));
  }

  private static Optional<Long> millis(Map<String, Object> input, String name) {
    return Inputs.instant(input, name).map(Instant::toEpochMilli);
  }

  private static Field time(String name, String label) {
    return Field.builder(name, FieldType.DATE_TIME)
        .label(label)
        .hint("An ISO-8601 date-time such as 2024-03-15T10:00:00Z, or a date.")
        .build();
  }
}
