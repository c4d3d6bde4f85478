package dev.cprops.connector.internal.actions;

import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** {@code archive_customer}: archives a customer (vendor). */
public final class ArchiveCustomerAction extends CustomerPropertiesAction {

  public ArchiveCustomerAction(Function<Connection, CustomerPropertiesContext> contexts) {
    super(contexts);
  }

  @Override
  public String id() {
    return "archive_customer";
  }

  @Override
  public String title() {
    return "Archive customer";
  }

  @Override
  public String help() {
    return "Archives a customer by customer key or customer ID. Needs a vendor connection.";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        CustomerInputs.customerKey(true, "Give the customer key or the customer ID."),
        CustomerInputs.key());
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    return List.of(
        Field.builder("id", FieldType.STRING).label("Customer key or ID").build(),
        Field.builder("archived", FieldType.BOOLEAN).label("Archived").build());
  }

  @Override
  public Map<String, Object> sampleOutput() {
    return Map.of("id", "acct_42", "archived", true);
  }

  @Override
  public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
    CustomerRoutes routes = new CustomerRoutes(context(connection).client());
    routes.requireVendor("Archiving customers");
    String id = CustomerInputs.id(input);
    routes.archive(id);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("archived", true);
    return out;
  }
}
