package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.Customer;
import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.internal.fields.ConnectionKind;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Inputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code update_customer}: changes the mapped values of one customer. A property left unmapped
 * keeps its value; one mapped to {@code null} is cleared.
 */
public final class UpdateCustomerAction extends CustomerPropertiesAction {

  public UpdateCustomerAction(Function<Connection, CustomerPropertiesContext> contexts) {
    super(contexts);
  }

  @Override
  public String id() {
    return "update_customer";
  }

  @Override
  public String title() {
    return "Update customer";
  }

  @Override
  public String help() {
    return "Changes the mapped values of a customer: unmapped properties keep their values, a"
        + " property mapped to an empty datapill (null) is cleared. A partner connection may change"
        + " only editable properties of its own customers.";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    List<Field> fields = new ArrayList<>();
    fields.add(CustomerInputs.customerKey(true, "Give the customer key or the customer ID."));
    fields.add(CustomerInputs.key());
    if (connection == null) {
      fields.add(CustomerInputs.email(true));
      fields.add(CustomerInputs.name());
      fields.add(LiveProperties.emptyMeta());
      return List.copyOf(fields);
    }
    LiveProperties live = live(connection);
    if (live.kind() == ConnectionKind.VENDOR) {
      fields.add(CustomerInputs.email(true));
      fields.add(CustomerInputs.name());
    }
    fields.add(live.metaUpdateInput());
    return List.copyOf(fields);
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
    String id = CustomerInputs.id(input);
    String email = Inputs.string(input, CustomerInputs.EMAIL).orElse(null);
    String name = Inputs.string(input, CustomerInputs.NAME).orElse(null);
    if (routes.partner() && (email != null || name != null)) {
      throw new InputException(
          email != null ? CustomerInputs.EMAIL : CustomerInputs.NAME,
          email != null ? email : name,
          "nothing: a partner connection can change property values only");
    }
    Map<String, Object> mapped = Inputs.object(input, "meta");
    if (mapped.isEmpty() && email == null && name == null) {
      throw new InputException("meta", null, "at least one value to change");
    }
    return withLiveProperties(
        connection,
        live -> {
          Map<String, Object> meta = live.coercer().toApi(mapped).orThrow();
          Customer updated = routes.update(id, email, name, meta);
          return CustomerOutput.of(updated, live.coercer());
        });
  }
}
