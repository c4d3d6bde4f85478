package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.PropertyDefinition;
import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Field;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** {@code create_property}: creates a customer property definition (vendor). */
public final class CreatePropertyAction extends CustomerPropertiesAction {

  public CreatePropertyAction(Function<Connection, CustomerPropertiesContext> contexts) {
    super(contexts);
  }

  @Override
  public String id() {
    return "create_property";
  }

  @Override
  public String title() {
    return "Create customer property";
  }

  @Override
  public String help() {
    return "Creates a customer property definition. Its api_name must be new (archived ones"
        + " included). Needs a vendor connection.";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return DefinitionFields.inputs(true);
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    return DefinitionFields.outputs();
  }

  @Override
  public Map<String, Object> sampleOutput() {
    return DefinitionFields.sample();
  }

  @Override
  public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
    CustomerPropertiesContext context = context(connection);
    CustomerRoutes.requireVendor(context.client(), "Creating properties");
    DesiredDefinition desired = DefinitionFields.read("", input, true);
    PropertyDefinition created = context.client().createPropertyDefinition(desired.toDefinition());
    context.definitions().invalidate();
    return DefinitionFields.of(created);
  }
}
