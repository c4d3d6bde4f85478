package dev.cprops.mock.store;

import dev.cprops.mock.values.DropdownOption;
import dev.cprops.mock.values.PropertyType;
import java.util.List;

/** A customer property definition, immutable: every change stores a new instance. */
public record PropertyDefinition(
    String key,
    String apiName,
    String label,
    PropertyType type,
    PropertyAccess access,
    List<DropdownOption> options,
    boolean required,
    String helpText,
    int position,
    String currency,
    boolean archived,
    long createdAt,
    long updatedAt)
    implements Timestamped {

  public PropertyDefinition {
    options = List.copyOf(options);
  }

  boolean sameContentAs(PropertyDefinition other) {
    return apiName.equals(other.apiName)
        && label.equals(other.label)
        && type == other.type
        && access == other.access
        && options.equals(other.options)
        && required == other.required
        && helpText.equals(other.helpText)
        && position == other.position
        && java.util.Objects.equals(currency, other.currency)
        && archived == other.archived;
  }

  PropertyDefinition withTimes(long createdAt, long updatedAt) {
    return new PropertyDefinition(
        key, apiName, label, type, access, options, required, helpText, position, currency,
        archived, createdAt, updatedAt);
  }
}
