package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.Customer;
import dev.cprops.connector.client.NewCustomer;
import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.Inputs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** {@code create_customer}: creates a customer with typed property values (vendor). */
public final class CreateCustomerAction extends CustomerPropertiesAction {

  public CreateCustomerAction(Function<Connection, CustomerPropertiesContext> contexts) {
    super(contexts);
  }

  @Override
  public String id() {
    return "create_customer";
  }

  @Override
  public String title() {
    return "Create customer";
  }

  @Override
  public String help() {
    return "Creates a customer of a partner. Property values are converted to the form the API"
        + " expects (e.g. USA -> US, $1,200 -> 1200.00). With a customer key the create is safe to"
        + " retry: it never creates the same customer twice. Needs a vendor connection.";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        CustomerInputs.email(false),
        CustomerInputs.partnerKey(false),
        CustomerInputs.customerKey(true, "Your own unique id for the customer, e.g. a CRM id."),
        CustomerInputs.name(),
        connection == null ? LiveProperties.emptyMeta() : live(connection).metaCreateInput());
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    return CustomerOutput.fields(
        connection == null ? LiveProperties.emptyMeta() : live(connection).metaOutput());
  }

  @Override
  public Map<String, Object> sampleOutput() {
    return CustomerOutput.sample();
  }

  @Override
  public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
    CustomerRoutes routes = new CustomerRoutes(context(connection).client());
    routes.requireVendor("Creating customers");
    String email = Inputs.requiredString(input, CustomerInputs.EMAIL, "an email address");
    String partnerKey =
        Inputs.requiredString(
            input, CustomerInputs.PARTNER_KEY, "the partner_key of the customer's partner");
    Map<String, Object> mapped = Inputs.object(input, "meta");
    return withLiveProperties(
        connection,
        live -> {
          Map<String, Object> meta = new LinkedHashMap<>();
          live.coercer()
              .toApi(mapped)
              .orThrow()
              .forEach(
                  (k, v) -> {
                    if (v != null) {
                      meta.put(k, v);
                    }
                  });
          Customer created =
              routes.create(
                  new NewCustomer(
                      email,
                      partnerKey,
                      Inputs.string(input, CustomerInputs.CUSTOMER_KEY).orElse(null),
                      Inputs.string(input, CustomerInputs.NAME).orElse(null),
                      meta));
          return CustomerOutput.of(created, live.coercer());
        });
  }
}
