package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.PropertyDefinition;
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

/** {@code list_properties}: the property definitions the connection sees. */
public final class ListPropertiesAction extends CustomerPropertiesAction {

  public ListPropertiesAction(Function<Connection, CustomerPropertiesContext> contexts) {
    super(contexts);
  }

  @Override
  public String id() {
    return "list_properties";
  }

  @Override
  public String title() {
    return "List customer properties";
  }

  @Override
  public String help() {
    return "Lists the customer property definitions. A partner connection sees the editable and"
        + " read-only ones; archived ones are listed only when asked for (vendor only).";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        Field.builder("include_archived", FieldType.BOOLEAN)
            .hint("Also list archived properties; default no.")
            .label("Include archived")
            .controlType(ControlType.CHECKBOX)
            .hint("Vendor connections only.")
            .build());
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    return List.of(
        Field.builder("properties", FieldType.ARRAY)
            .label("Properties")
            .of(FieldType.OBJECT)
            .properties(DefinitionFields.outputs())
            .build(),
        Field.builder("count", FieldType.INTEGER).label("Count").build());
  }

  @Override
  public Map<String, Object> sampleOutput() {
    return Map.of("properties", List.of(DefinitionFields.sample()), "count", 1);
  }

  @Override
  public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
    CustomerPropertiesContext context = context(connection);
    boolean archived = Inputs.bool(input, "include_archived", false);
    if (archived) {
      CustomerRoutes.requireVendor(context.client(), "Listing archived properties");
    }
    List<PropertyDefinition> definitions =
        context.client().isPartner()
            ? context.client().streamPartnerPropertyDefinitions().toList()
            : context.client().listPropertyDefinitions(archived);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("properties", definitions.stream().map(DefinitionFields::of).toList());
    out.put("count", definitions.size());
    return out;
  }
}
