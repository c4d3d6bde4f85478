package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.PropertyDefinition;
import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.internal.fields.AutoMapper;
import dev.cprops.connector.internal.fields.MappingConflict;
import dev.cprops.connector.internal.fields.MappingResult;
import dev.cprops.connector.internal.fields.PropertyFields;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.ControlType;
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
 * {@code suggest_mapping}: what {@code batch_upsert_customers}' auto-map would make of a CSV header
 * or a CRM record's keys, as a {@code mapping} that action accepts, with the columns left unmapped
 * and the ones competing for one target. Uses the same {@link AutoMapper} over the properties the
 * connection may write (a partner connection: the editable ones). Reads only; never writes.
 */
public final class SuggestMappingAction extends CustomerPropertiesAction {

  public SuggestMappingAction(Function<Connection, CustomerPropertiesContext> contexts) {
    super(contexts);
  }

  @Override
  public String id() {
    return "suggest_mapping";
  }

  @Override
  public String title() {
    return "Suggest a column mapping";
  }

  @Override
  public String help() {
    return "Matches column names (a CSV header or a CRM record's keys) to customer fields and the"
        + " properties this connection may write, by name or label, as the batch upsert's auto-map"
        + " does. Returns a column mapping to use or edit, and the columns it could not place."
        + " Changes nothing.";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        Field.builder("columns", FieldType.ARRAY)
            .label("Columns")
            .of(FieldType.STRING)
            .optional(false)
            .hint("The column names, e.g. a CSV header: Account ID, E-mail, Subscription Plan.")
            .build(),
        Field.builder("mapping", FieldType.OBJECT)
            .label("Mapping to keep")
            .controlType(ControlType.KEY_VALUE)
            .pickList(BatchUpsertCustomersAction.MAPPING_TARGETS)
            .hint(
                "Columns already mapped (column name to email, name, customer_key, partner_key or"
                    + " a property api_name); kept as they are in the answer, the other columns"
                    + " are matched by name.")
            .build());
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    return List.of(
        Field.builder("mapping", FieldType.OBJECT)
            .label("Column mapping")
            .hint(
                "Column name to target, as the mapping input of"
                    + " batch_upsert_customers takes it: a customer field or meta.<api_name>.")
            .build(),
        Field.builder("unmapped", FieldType.ARRAY)
            .label("Unmapped columns")
            .of(FieldType.STRING)
            .hint("Columns that match nothing the connection may write.")
            .build(),
        Field.builder("conflicts", FieldType.ARRAY)
            .label("Conflicts")
            .of(FieldType.OBJECT)
            .hint("Targets several columns matched; map one of them explicitly when none won.")
            .properties(
                List.of(
                    Field.builder("target", FieldType.STRING).label("Target").build(),
                    Field.builder("columns", FieldType.ARRAY)
                        .label("Competing columns")
                        .of(FieldType.STRING)
                        .build(),
                    Field.builder("chosen", FieldType.STRING)
                        .label("Column used")
                        .hint("Empty when they tie and none is used.")
                        .build()))
            .build());
  }

  @Override
  public Map<String, Object> sampleOutput() {
    Map<String, Object> mapping = new LinkedHashMap<>();
    mapping.put("Account ID", "customer_key");
    mapping.put("E-mail", "email");
    mapping.put("Subscription Plan", "meta.subscription_plan");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("mapping", mapping);
    out.put("unmapped", List.of("Lead Source"));
    out.put("conflicts", List.of());
    return out;
  }

  @Override
  public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
    List<String> columns = columns(input);
    Map<String, Object> kept = Inputs.object(input, "mapping");
    LiveProperties live = live(connection);
    List<PropertyDefinition> writable =
        live.definitions().stream()
            .filter(d -> !d.archived() && live.kind().writes(d.access()))
            .toList();
    new ExplicitMapper(kept, writable);
    Map<String, String> overrides = new LinkedHashMap<>();
    kept.forEach((k, v) -> overrides.put(k, v == null ? "" : v.toString().strip()));
    Map<String, Object> record = new LinkedHashMap<>();
    columns.forEach(column -> record.put(column, column));
    MappingResult result = AutoMapper.of(writable, overrides).map(record);

    Map<Object, String> targets = new HashMap<>();
    result.customer().forEach((field, column) -> targets.put(column, field.apiName()));
    result
        .meta()
        .forEach((apiName, column) -> targets.put(column, PropertyFields.META + "." + apiName));
    Map<String, Object> mapping = new LinkedHashMap<>();
    for (String column : columns) {
      String target = overrides.containsKey(column) ? overrides.get(column) : targets.get(column);
      if (target != null) {
        mapping.put(column, target);
      }
    }
    overrides.forEach(mapping::putIfAbsent);
    List<Map<String, Object>> conflicts = new ArrayList<>();
    for (MappingConflict conflict : result.conflicts()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("target", conflict.target());
      item.put("columns", conflict.sourceKeys());
      item.put("chosen", conflict.chosen());
      conflicts.add(item);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("mapping", mapping);
    out.put("unmapped", result.unmapped());
    out.put("conflicts", conflicts);
    return out;
  }

  /** The column names: text, not blank, each once. */
  private static List<String> columns(Map<String, Object> input) {
    List<?> raw = Inputs.list(input, "columns");
    List<String> columns = new ArrayList<>(raw.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < raw.size(); i++) {
      Object item = raw.get(i);
      if (!(item instanceof String column) || column.isBlank()) {
        throw new InputException(
            "columns[" + i + "]", item == null ? null : Inputs.shown(item), "a column name");
      }
      if (!seen.add(column)) {
        throw new InputException("columns[" + i + "]", column, "each column name once");
      }
      columns.add(column);
    }
    return columns;
  }
}
