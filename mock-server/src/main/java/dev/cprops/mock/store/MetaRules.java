package dev.cprops.mock.store;

import dev.cprops.mock.errors.ErrorCode;
import dev.cprops.mock.values.InvalidValueException;
import dev.cprops.mock.values.ValueCanonicalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Validates the {@code meta} object of a customer write against the active property definitions.
 * Keys must be active api_names; a partner may write only {@code editable} ones ({@code read_only}:
 * 403 {@code read_only_property}; {@code hidden}, {@code hidden_everywhere} and unknown keys: 400
 * {@code unknown_property} with the same message, so a partner cannot probe for hidden ones).
 */
final class MetaRules {
  /** Who writes the values. */
  enum Writer {
    VENDOR,
    PARTNER
  }

  private MetaRules() {}

  /**
   * The validated changes: api_name to canonical value, or to null to clear it.
   *
   * @param creating whether the customer is being created (a null then just means "not set")
   */
  static Map<String, Object> changes(
      Map<String, Object> meta,
      PropertySchema schema,
      Writer writer,
      boolean creating,
      Problems problems) {
    Map<String, Object> changes = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : meta.entrySet()) {
      String apiName = entry.getKey();
      String field = "meta." + apiName;
      PropertyDefinition definition = schema.active(apiName).orElse(null);
      if (definition == null
          || (writer == Writer.PARTNER && !definition.access().visibleToPartners())) {
        problems.invalid(
            field,
            ErrorCode.UNKNOWN_PROPERTY,
            "'" + apiName + "' is not a customer property: expected the api_name of a property");
        continue;
      }
      if (writer == Writer.PARTNER && definition.access() == PropertyAccess.READ_ONLY) {
        problems.forbidden(
            field,
            ErrorCode.READ_ONLY_PROPERTY,
            "'" + apiName + "' is read-only for partners: only the vendor can change it");
        continue;
      }
      Object raw = entry.getValue();
      if (raw == null) {
        if (definition.required() && !creating) {
          problems.invalid(field, ErrorCode.REQUIRED, requiredMessage(definition));
        } else {
          changes.put(apiName, null);
        }
        continue;
      }
      try {
        changes.put(
            apiName, ValueCanonicalizer.canonicalize(definition.type(), definition.options(), raw));
      } catch (InvalidValueException e) {
        problems.invalid(field, e.code(), field + ": " + e.getMessage());
      }
    }
    return changes;
  }

  /** Records a problem for every required active property without a value in {@code meta}. */
  static void requirePresent(Map<String, Object> meta, PropertySchema schema, Problems problems) {
    for (PropertyDefinition definition : schema.active()) {
      if (definition.required() && meta.get(definition.apiName()) == null) {
        problems.invalid(
            "meta." + definition.apiName(), ErrorCode.REQUIRED, requiredMessage(definition));
      }
    }
  }

  /** {@code current} with the changes applied (null values removed). */
  static Map<String, Object> merge(Map<String, Object> current, Map<String, Object> changes) {
    Map<String, Object> merged = new HashMap<>(current);
    changes.forEach(
        (apiName, value) -> {
          if (value == null) {
            merged.remove(apiName);
          } else {
            merged.put(apiName, value);
          }
        });
    return merged;
  }

  private static String requiredMessage(PropertyDefinition definition) {
    return "meta."
        + definition.apiName()
        + " is required: the property '"
        + definition.label()
        + "' must have a value";
  }
}
