package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.PropertyDefinition;
import dev.cprops.connector.client.PropertyDefinitionUpdate;
import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Inputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** {@code update_property}: changes attributes of a property definition, or restores it. */
public final class UpdatePropertyAction extends CustomerPropertiesAction {

  public UpdatePropertyAction(Function<Connection, CustomerPropertiesContext> contexts) {
    super(contexts);
  }

  @Override
  public String id() {
    return "update_property";
  }

  @Override
  public String title() {
    return "Update customer property";
  }

  @Override
  public String help() {
    return "Changes the given attributes of a property definition; the others stay. The type can"
        + " change only while no customer holds a value. Restore sets an archived property live"
        + " again with its stored values. Needs a vendor connection.";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    List<Field> fields = new ArrayList<>(DefinitionFields.inputs(false));
    fields.add(
        Field.builder("restore", FieldType.BOOLEAN)
            .label("Restore if archived")
            .controlType(ControlType.CHECKBOX)
            .hint("Bring an archived property back before changing it.")
            .build());
    return List.copyOf(fields);
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
    CustomerRoutes.requireVendor(context.client(), "Updating properties");
    DesiredDefinition desired = DefinitionFields.read("", input, false);
    List<String> attributes = new ArrayList<>(desired.given());
    if (Inputs.bool(input, "restore", false)) {
      attributes.add(0, "archived");
    }
    if (attributes.isEmpty()) {
      throw new InputException(
          "label", null, "at least one attribute to change (label, access, options, ...)");
    }
    PropertyDefinitionUpdate update = desired.update(attributes);
    PropertyDefinition updated =
        context.client().updatePropertyDefinition(desired.apiName(), update);
    context.definitions().invalidate();
    return DefinitionFields.of(updated);
  }
}
