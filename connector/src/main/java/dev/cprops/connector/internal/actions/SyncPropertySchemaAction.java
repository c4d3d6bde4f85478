package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.PropertyDefinition;
import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Inputs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code sync_property_schema}: makes the server's property definitions match a desired list.
 * Missing properties are created; existing ones (archived ones are restored) get the given
 * attributes that differ; nothing is ever deleted, and properties not in the list are left alone.
 * Running it again with the same list changes nothing, so it is safe to schedule.
 */
public final class SyncPropertySchemaAction extends CustomerPropertiesAction {

  public SyncPropertySchemaAction(Function<Connection, CustomerPropertiesContext> contexts) {
    super(contexts);
  }

  @Override
  public String id() {
    return "sync_property_schema";
  }

  @Override
  public String title() {
    return "Sync customer property schema";
  }

  @Override
  public String help() {
    return "Makes the property definitions match the list: creates missing ones and updates"
        + " changed labels, access, options and help text. Never deletes. Reports created,"
        + " updated, unchanged or failed per property. Needs a vendor connection.";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        Field.builder("properties", FieldType.ARRAY)
            .label("Desired properties")
            .of(FieldType.OBJECT)
            .optional(false)
            .hint("Every property as it should be; matched by api_name, created or updated.")
            .properties(DefinitionFields.inputs(true))
            .build());
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    return List.of(
        Field.builder("results", FieldType.ARRAY)
            .label("Results")
            .of(FieldType.OBJECT)
            .properties(
                List.of(
                    Field.builder(DefinitionFields.API_NAME, FieldType.STRING)
                        .label("API name")
                        .build(),
                    Field.builder("status", FieldType.STRING)
                        .label("Status")
                        .hint("created, updated, unchanged or failed")
                        .build(),
                    Field.builder("changed", FieldType.ARRAY)
                        .label("Changed attributes")
                        .of(FieldType.STRING)
                        .build(),
                    Field.builder("error", FieldType.STRING).label("Error").build()))
            .build(),
        count("created"),
        count("updated"),
        count("unchanged"),
        count("failed"));
  }

  @Override
  public Map<String, Object> sampleOutput() {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put(DefinitionFields.API_NAME, "subscription_plan");
    result.put("status", "updated");
    result.put("changed", List.of("options"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("results", List.of(result));
    out.put("created", 0);
    out.put("updated", 1);
    out.put("unchanged", 0);
    out.put("failed", 0);
    return out;
  }

  @Override
  public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
    CustomerPropertiesContext context = context(connection);
    CustomerRoutes.requireVendor(context.client(), "Syncing the property schema");
    Inputs.list(input, "properties");
    List<Map<String, Object>> items = Inputs.objects(input, "properties");
    List<DesiredDefinition> desired = new ArrayList<>(items.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      DesiredDefinition d = DefinitionFields.read("properties[" + i + "]", items.get(i), true);
      if (!seen.add(d.apiName())) {
        throw new InputException(
            "properties[" + i + "].api_name", d.apiName(), "each api_name once in the list");
      }
      desired.add(d);
    }
    Map<String, PropertyDefinition> existing = new HashMap<>();
    for (PropertyDefinition d : context.client().listPropertyDefinitions(true)) {
      existing.put(d.apiName(), d);
    }
    Map<UpsertStatus, Integer> counts = new LinkedHashMap<>();
    List<Map<String, Object>> results = new ArrayList<>();
    for (DesiredDefinition d : desired) {
      Map<String, Object> result = sync(context, d, existing.get(d.apiName()));
      counts.merge(
          UpsertStatus.valueOf(result.get("status").toString().toUpperCase(java.util.Locale.ROOT)),
          1,
          Integer::sum);
      results.add(result);
    }
    context.definitions().invalidate();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("results", results);
    for (UpsertStatus status : UpsertStatus.values()) {
      out.put(status.apiName(), counts.getOrDefault(status, 0));
    }
    return out;
  }

  private static Map<String, Object> sync(
      CustomerPropertiesContext context, DesiredDefinition desired, PropertyDefinition current) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put(DefinitionFields.API_NAME, desired.apiName());
    try {
      if (current == null) {
        context.client().createPropertyDefinition(desired.toDefinition());
        result.put("status", UpsertStatus.CREATED.apiName());
        result.put("changed", List.of());
        return result;
      }
      List<String> differences = desired.differences(current);
      if (differences.isEmpty()) {
        result.put("status", UpsertStatus.UNCHANGED.apiName());
        result.put("changed", List.of());
        return result;
      }
      context.client().updatePropertyDefinition(desired.apiName(), desired.update(differences));
      result.put("status", UpsertStatus.UPDATED.apiName());
      result.put("changed", differences);
    } catch (ConnectorException e) {
      result.put("status", UpsertStatus.FAILED.apiName());
      result.put("changed", List.of());
      result.put("error", e.getMessage());
    }
    return result;
  }

  private static Field count(String name) {
    return Field.builder(name, FieldType.INTEGER)
        .label(Character.toUpperCase(name.charAt(0)) + name.substring(1))
        .build();
  }
}
