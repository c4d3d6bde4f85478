package dev.cprops.connector.internal.actions;

import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.Inputs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** {@code archive_property}: archives a property definition; its values are kept. */
public final class ArchivePropertyAction extends CustomerPropertiesAction {

  public ArchivePropertyAction(Function<Connection, CustomerPropertiesContext> contexts) {
    super(contexts);
  }

  @Override
  public String id() {
    return "archive_property";
  }

  @Override
  public String title() {
    return "Archive customer property";
  }

  @Override
  public String help() {
    return "Archives a property definition: it disappears from customers and forms, and keeps its"
        + " stored values (Update customer property can restore it). Needs a vendor connection.";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        Field.builder(DefinitionFields.API_NAME, FieldType.STRING)
            .label("API name")
            .optional(false)
            .hint("The api_name of the property to archive, e.g. subscription_plan.")
            .build());
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    return List.of(
        Field.builder(DefinitionFields.API_NAME, FieldType.STRING).label("API name").build(),
        Field.builder("archived", FieldType.BOOLEAN).label("Archived").build());
  }

  @Override
  public Map<String, Object> sampleOutput() {
    return Map.of(DefinitionFields.API_NAME, "subscription_plan", "archived", true);
  }

  @Override
  public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
    CustomerPropertiesContext context = context(connection);
    CustomerRoutes.requireVendor(context.client(), "Archiving properties");
    String apiName =
        Inputs.requiredString(input, DefinitionFields.API_NAME, "the property's api_name");
    context.client().archivePropertyDefinition(apiName);
    context.definitions().invalidate();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(DefinitionFields.API_NAME, apiName);
    out.put("archived", true);
    return out;
  }
}
