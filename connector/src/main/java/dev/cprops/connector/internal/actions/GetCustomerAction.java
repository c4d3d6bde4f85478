package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.Customer;
import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.spi.ApiException;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.InputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** {@code get_customer}: one customer by customer_key, internal key or email, typed. */
public final class GetCustomerAction extends CustomerPropertiesAction {

  public GetCustomerAction(Function<Connection, CustomerPropertiesContext> contexts) {
    super(contexts);
  }

  @Override
  public String id() {
    return "get_customer";
  }

  @Override
  public String title() {
    return "Get customer";
  }

  @Override
  public String help() {
    return "Finds one customer by customer key, customer ID or email, with its property values as"
        + " typed datapills. Fails when none matches, or when an email matches several.";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        CustomerInputs.customerKey(true, "Give one of customer key, customer ID or email."),
        CustomerInputs.key(),
        CustomerInputs.email(true));
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
    Optional<String> email = CustomerInputs.string(input, CustomerInputs.EMAIL);
    Customer customer;
    if (CustomerInputs.string(input, CustomerInputs.CUSTOMER_KEY).isPresent()
        || CustomerInputs.string(input, CustomerInputs.KEY).isPresent()
        || email.isEmpty()) {
      customer = routes.get(CustomerInputs.id(input));
    } else {
      List<Customer> found = routes.byEmail(email.get(), 2);
      if (found.isEmpty()) {
        throw new ApiException(404, "no customer has the email '" + email.get() + "'", List.of());
      }
      if (found.size() > 1) {
        throw new InputException(
            CustomerInputs.EMAIL,
            email.get(),
            "an email of one customer; several match, give the customer key instead");
      }
      customer = found.get(0);
    }
    return CustomerOutput.of(customer, live(connection).coercer());
  }
}
