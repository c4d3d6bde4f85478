package dev.cprops.recipes.crm;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Inputs;
import dev.cprops.connector.spi.PickOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code batch_update_companies}: updates companies by id or by a unique property ({@code
 * id_property}, e.g. {@code customer_key}), {@value #CHUNK} per request. Values are sent as text
 * (numbers plain, booleans {@code true}/{@code false}, {@code null} as {@code ""}, which clears).
 * One result per company: {@code updated} when its last-modified time moved, {@code unchanged} when
 * it already held the values, {@code failed} with the reason when the CRM has no such company.
 */
final class BatchUpdateCompaniesAction implements Action {
  static final int CHUNK = 100;

  @Override
  public String id() {
    return "batch_update_companies";
  }

  @Override
  public String title() {
    return "Update companies in batch";
  }

  @Override
  public String help() {
    return "Updates the properties of many companies, found by ID or by a unique property such as"
        + " customer_key. Companies that are not in the CRM are reported as failed.";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        Field.builder("companies", FieldType.ARRAY)
            .label("Companies")
            .of(FieldType.OBJECT)
            .optional(false)
            .hint("Each company's id and the properties to set.")
            .properties(
                List.of(
                    Field.builder("id", FieldType.STRING).label("ID").optional(false).build(),
                    Field.builder("properties", FieldType.OBJECT)
                        .label("Properties")
                        .controlType(ControlType.KEY_VALUE)
                        .optional(false)
                        .build()))
            .build(),
        Field.builder("id_property", FieldType.STRING)
            .label("Find companies by")
            .controlType(ControlType.SELECT)
            .options(
                List.of(
                    new PickOption("Company ID", "hs_object_id"),
                    new PickOption("Customer key", "customer_key")))
            .hint("Default: company ID.")
            .toggle(
                "Select from list",
                Field.builder("id_property", FieldType.STRING)
                    .label("Unique property")
                    .hint("Any unique company property, e.g. customer_key.")
                    .build())
            .build());
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    return List.of(
        Field.builder("updated", FieldType.INTEGER).label("Updated").build(),
        Field.builder("unchanged", FieldType.INTEGER).label("Unchanged").build(),
        Field.builder("failed", FieldType.INTEGER).label("Failed").build(),
        Field.builder("results", FieldType.ARRAY)
            .label("Results")
            .of(FieldType.OBJECT)
            .properties(
                List.of(
                    Field.builder("id", FieldType.STRING).label("ID").build(),
                    Field.builder("status", FieldType.STRING).label("Status").build(),
                    Field.builder("error", FieldType.STRING).label("Error").build()))
            .build());
  }

  @Override
  public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
    List<Map<String, Object>> inputs = inputs(input.get("companies"));
    String idProperty =
        input.get("id_property") == null ? null : input.get("id_property").toString().strip();
    CrmClient client = CrmClient.of(connection);
    List<Map<String, Object>> results = new ArrayList<>();
    for (int from = 0; from < inputs.size(); from += CHUNK) {
      List<Map<String, Object>> chunk = inputs.subList(from, Math.min(inputs.size(), from + CHUNK));
      results.addAll(update(client, chunk, idProperty));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (String status : List.of("updated", "unchanged", "failed")) {
      out.put(status, results.stream().filter(r -> r.get("status").equals(status)).count());
    }
    out.put("results", results);
    return out;
  }

  private static List<Map<String, Object>> update(
      CrmClient client, List<Map<String, Object>> chunk, String idProperty) {
    List<Object> body = new ArrayList<>();
    for (Map<String, Object> company : chunk) {
      Map<String, Object> item = new LinkedHashMap<>(company);
      if (idProperty != null && !idProperty.isEmpty()) {
        item.put("idProperty", idProperty);
      }
      body.add(item);
    }
    Map<String, Object> answer =
        client.send("POST", "/objects/companies/batch/update", Map.of("inputs", body));
    long started = Instant.parse(answer.get("startedAt").toString()).toEpochMilli();
    Map<String, String> statusById = new LinkedHashMap<>();
    boolean byId = idProperty == null || idProperty.isEmpty() || idProperty.equals("hs_object_id");
    for (Object raw : list(answer.get("results"))) {
      Map<?, ?> company = (Map<?, ?>) raw;
      Map<?, ?> properties = (Map<?, ?>) company.get("properties");
      String key =
          byId ? String.valueOf(company.get("id")) : String.valueOf(properties.get(idProperty));
      long updated = Instant.parse(company.get("updatedAt").toString()).toEpochMilli();
      statusById.put(key, updated >= started ? "updated" : "unchanged");
    }
    List<Map<String, Object>> results = new ArrayList<>();
    for (Map<String, Object> company : chunk) {
      String id = company.get("id").toString();
      String status = statusById.get(id);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("id", id);
      result.put("status", status == null ? "failed" : status);
      if (status == null) {
        result.put(
            "error",
            "company "
                + id
                + ": not in the CRM"
                + (byId ? "" : " (no company with " + idProperty + " '" + id + "')"));
      }
      results.add(result);
    }
    return results;
  }

  private static List<Map<String, Object>> inputs(Object raw) {
    if (!(raw instanceof List<?> list)) {
      throw new InputException(
          "companies", raw == null ? null : Inputs.text(raw), "a list of {id, properties}");
    }
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Map<?, ?> company) || company.get("id") == null) {
        throw new InputException(
            "companies[" + i + "]", Inputs.text(list.get(i)), "an object with id and properties");
      }
      if (!(company.get("properties") instanceof Map<?, ?> properties)) {
        throw new InputException(
            "companies[" + i + "].properties", null, "an object of property values");
      }
      Map<String, Object> values = new LinkedHashMap<>();
      properties.forEach((name, value) -> values.put(String.valueOf(name), Inputs.text(value)));
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", Inputs.text(company.get("id")));
      item.put("properties", values);
      inputs.add(item);
    }
    return inputs;
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> list ? list : List.of();
  }
}
