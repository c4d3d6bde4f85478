package dev.cprops.connector.internal.fields;

import dev.cprops.connector.client.PropertyAccess;
import dev.cprops.connector.client.PropertyDefinition;
import dev.cprops.connector.client.PropertyOption;
import dev.cprops.connector.client.PropertyType;
import java.util.List;

/** Property definitions for tests. */
final class Definitions {
  private Definitions() {}

  static PropertyDefinition of(String apiName, PropertyType type, PropertyAccess access) {
    return of(apiName, label(apiName), type, access, false, "", 0);
  }

  static PropertyDefinition of(
      String apiName,
      String label,
      PropertyType type,
      PropertyAccess access,
      boolean required,
      String helpText,
      int position) {
    return new PropertyDefinition(
        "cprop_" + apiName,
        apiName,
        label,
        type,
        access,
        type == PropertyType.DROPDOWN
            ? List.of(new PropertyOption("Pro", "pro"), new PropertyOption("Basic", "basic"))
            : List.of(),
        required,
        helpText,
        position,
        type == PropertyType.CURRENCY ? "USD" : null,
        false,
        0,
        0);
  }

  static PropertyDefinition archived(PropertyDefinition d) {
    return new PropertyDefinition(
        d.key(),
        d.apiName(),
        d.label(),
        d.type(),
        d.access(),
        d.options(),
        d.required(),
        d.helpText(),
        d.position(),
        d.currency(),
        true,
        0,
        0);
  }

  /** One editable property of every type, in type order. */
  static List<PropertyDefinition> everyType() {
    PropertyType[] types = PropertyType.values();
    return java.util.stream.IntStream.range(0, types.length)
        .mapToObj(
            i ->
                of(
                    types[i].apiName() + "_prop",
                    label(types[i].apiName() + "_prop"),
                    types[i],
                    PropertyAccess.EDITABLE,
                    false,
                    "",
                    i))
        .toList();
  }

  private static String label(String apiName) {
    String spaced = apiName.replace('_', ' ');
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
