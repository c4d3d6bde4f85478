package dev.cprops.connector.client;

import java.util.List;
import java.util.Objects;

/**
 * A customer property definition as the API returns it (see {@code api.md}); immutable.
 *
 * @param key the server's internal key ({@code cprop_...})
 * @param apiName the name used as a key in a customer's {@code meta}
 * @param label the display name
 * @param type the value type
 * @param access who may see and edit it
 * @param options the choices of a dropdown; empty for other types
 * @param required whether a customer must have a value on create
 * @param helpText help shown with the field; may be empty
 * @param position the display order
 * @param currency the ISO 4217 code of a currency property, or {@code null}
 * @param archived whether the property is archived
 * @param createdAt epoch milliseconds
 * @param updatedAt epoch milliseconds
 */
public record PropertyDefinition(
    String key,
    String apiName,
    String label,
    PropertyType type,
    PropertyAccess access,
    List<PropertyOption> options,
    boolean required,
    String helpText,
    int position,
    String currency,
    boolean archived,
    long createdAt,
    long updatedAt) {

  public PropertyDefinition {
    Objects.requireNonNull(apiName, "apiName");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(access, "access");
    label = label == null ? apiName : label;
    options = List.copyOf(options == null ? List.of() : options);
    helpText = helpText == null ? "" : helpText;
  }

  /** A minimal definition, for tests and for desired-state lists. */
  public static PropertyDefinition of(
      String apiName, String label, PropertyType type, PropertyAccess access) {
    return new PropertyDefinition(
        null, apiName, label, type, access, List.of(), false, "", 0, null, false, 0, 0);
  }
}
