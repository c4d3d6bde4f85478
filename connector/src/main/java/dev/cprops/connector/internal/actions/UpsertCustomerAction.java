package dev.cprops.connector.internal.actions;

import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.Inputs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code upsert_customer}: creates the customer or updates the one that matches by customer key or
 * email, writing only what differs (see {@link CustomerUpserter}).
 */
public final class UpsertCustomerAction extends CustomerPropertiesAction {

  public UpsertCustomerAction(Function<Connection, CustomerPropertiesContext> contexts) {
    super(contexts);
  }

  @Override
  public String id() {
    return "upsert_customer";
  }

  @Override
  public String title() {
    return "Create or update customer";
  }

  @Override
  public String help() {
    return "Finds the customer by customer key (or email) and updates the values that differ, or"
        + " creates it when none matches. Writes nothing when every value is already stored."
        + " Two upserts racing on the same customer key end in one customer.";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        Field.builder("match_by", FieldType.STRING)
            .label("Match by")
            .controlType(ControlType.SELECT)
            .options(MatchBy.options())
            .hint("Default: customer key.")
            .build(),
        CustomerInputs.customerKey(true, "Required when matching by customer key."),
        CustomerInputs.email(true),
        CustomerInputs.name(),
        CustomerInputs.partnerKey(true),
        connection == null ? LiveProperties.emptyMeta() : live(connection).metaUpdateInput());
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    return List.of(
        Field.builder("status", FieldType.STRING)
            .label("Status")
            .hint("created, updated or unchanged")
            .build(),
        Field.builder("changed", FieldType.ARRAY)
            .label("Changed fields")
            .of(FieldType.STRING)
            .build(),
        Field.builder("customer", FieldType.OBJECT)
            .label("Customer")
            .properties(
                CustomerOutput.fields(
                    connection == null
                        ? LiveProperties.emptyMeta()
                        : live(connection).metaOutput()))
            .build());
  }

  @Override
  public Map<String, Object> sampleOutput() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", "updated");
    out.put("changed", List.of("meta.mrr"));
    out.put("customer", CustomerOutput.sample());
    return out;
  }

  @Override
  public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
    CustomerPropertiesContext context = context(connection);
    MatchBy matchBy = MatchBy.parse("match_by", Inputs.string(input, "match_by").orElse(null));
    Map<String, Object> mapped = Inputs.object(input, "meta");
    return withLiveProperties(
        connection,
        live -> {
          UpsertRequest request =
              new UpsertRequest(
                  Inputs.string(input, CustomerInputs.CUSTOMER_KEY).orElse(null),
                  Inputs.string(input, CustomerInputs.EMAIL).orElse(null),
                  Inputs.string(input, CustomerInputs.NAME).orElse(null),
                  Inputs.string(input, CustomerInputs.PARTNER_KEY).orElse(null),
                  live.coercer().toApi(mapped).orThrow());
          UpsertOutcome outcome =
              new CustomerUpserter(new CustomerRoutes(context.client()), live.types())
                  .upsert(matchBy, request);
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("status", outcome.status().apiName());
          out.put("changed", outcome.changed());
          out.put("customer", CustomerOutput.of(outcome.customer(), live.coercer()));
          return out;
        });
  }
}
