package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.PropertyDefinition;
import dev.cprops.connector.internal.fields.MappingResult;
import dev.cprops.connector.internal.fields.PropertyFields;
import dev.cprops.connector.internal.fields.ReservedField;
import dev.cprops.connector.spi.InputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps records by an explicit column-to-target table only (no auto-map): a target is {@code email},
 * {@code name}, {@code customer_key}, {@code partner_key}, or a property's {@code api_name}
 * (optionally as {@code meta.api_name}). Columns not in the table are reported unmapped. Immutable.
 */
public final class ExplicitMapper implements RecordMapper {
  private final Map<String, ReservedField> customer = new LinkedHashMap<>();
  private final Map<String, String> meta = new LinkedHashMap<>();

  /**
   * @param mapping column name to target
   * @param definitions the live definitions targets may name
   * @throws InputException naming the column whose target is neither a customer field nor a
   *     property
   */
  public ExplicitMapper(Map<String, ?> mapping, List<PropertyDefinition> definitions) {
    Set<String> apiNames = new HashSet<>();
    definitions.forEach(d -> apiNames.add(d.apiName()));
    mapping.forEach(
        (column, target) -> {
          String t = target == null ? "" : target.toString().strip();
          ReservedField reserved = reserved(t);
          String apiName =
              t.startsWith(PropertyFields.META + ".")
                  ? t.substring(PropertyFields.META.length() + 1)
                  : t;
          if (reserved != null) {
            customer.put(column, reserved);
          } else if (apiNames.contains(apiName)) {
            meta.put(column, apiName);
          } else {
            throw new InputException(
                "mapping." + column,
                t,
                "email, name, customer_key, partner_key or the api_name of a property");
          }
        });
  }

  @Override
  public MappingResult map(Map<String, ?> record) {
    Map<ReservedField, Object> fields = new LinkedHashMap<>();
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> unmapped = new ArrayList<>();
    for (Map.Entry<String, ?> entry : record.entrySet()) {
      ReservedField reserved = customer.get(entry.getKey());
      String apiName = meta.get(entry.getKey());
      if (reserved != null) {
        fields.put(reserved, entry.getValue());
      } else if (apiName != null) {
        values.put(apiName, entry.getValue());
      } else {
        unmapped.add(entry.getKey());
      }
    }
    return new MappingResult(fields, values, unmapped, List.of());
  }

  private static ReservedField reserved(String target) {
    for (ReservedField field : ReservedField.values()) {
      if (field.apiName().equals(target)) {
        return field;
      }
    }
    return null;
  }
}
