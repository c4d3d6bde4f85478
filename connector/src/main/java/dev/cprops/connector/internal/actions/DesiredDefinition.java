package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.PropertyAccess;
import dev.cprops.connector.client.PropertyDefinition;
import dev.cprops.connector.client.PropertyDefinitionUpdate;
import dev.cprops.connector.client.PropertyOption;
import dev.cprops.connector.client.PropertyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A property definition as an action's input describes it: {@code apiName} always, every other
 * attribute {@code null} when not given (a create then uses the API's default, an update or a sync
 * leaves it as it is).
 */
public record DesiredDefinition(
    String apiName,
    String label,
    PropertyType type,
    PropertyAccess access,
    List<PropertyOption> options,
    Boolean required,
    String helpText,
    Integer position,
    String currency) {

  public DesiredDefinition {
    Objects.requireNonNull(apiName, "apiName");
    options = options == null ? null : List.copyOf(options);
  }

  /** The definition to create (access defaults to editable). */
  public PropertyDefinition toDefinition() {
    return new PropertyDefinition(
        null,
        apiName,
        label,
        type,
        access == null ? PropertyAccess.EDITABLE : access,
        options,
        Boolean.TRUE.equals(required),
        helpText,
        position == null ? 0 : position,
        currency,
        false,
        0,
        0);
  }

  /** The attributes that differ from an existing definition, by API name, in a fixed order. */
  public List<String> differences(PropertyDefinition existing) {
    List<String> names = new ArrayList<>();
    if (existing.archived()) {
      names.add("archived");
    }
    if (label != null && !label.equals(existing.label())) {
      names.add("label");
    }
    if (type != null && type != existing.type()) {
      names.add("type");
    }
    if (access != null && access != existing.access()) {
      names.add("access");
    }
    if (options != null && !options.equals(existing.options())) {
      names.add("options");
    }
    if (required != null && required != existing.required()) {
      names.add("required");
    }
    if (helpText != null && !helpText.equals(existing.helpText())) {
      names.add("help_text");
    }
    if (position != null && position != existing.position()) {
      names.add("position");
    }
    if (currency != null && !currency.equals(existing.currency())) {
      names.add("currency");
    }
    return names;
  }

  /** The update that sets the given attributes (as named by {@link #differences}). */
  public PropertyDefinitionUpdate update(List<String> attributes) {
    PropertyDefinitionUpdate.Builder b = PropertyDefinitionUpdate.builder();
    for (String attribute : attributes) {
      switch (attribute) {
        case "archived" -> b.archived(false);
        case "label" -> b.label(label);
        case "type" -> b.type(type);
        case "access" -> b.access(access);
        case "options" -> b.options(options);
        case "required" -> b.required(required);
        case "help_text" -> b.helpText(helpText);
        case "position" -> b.position(position);
        case "currency" -> b.currency(currency);
        default -> throw new IllegalArgumentException("unknown attribute " + attribute);
      }
    }
    return b.build();
  }

  /** Every attribute that was given (for an update action). */
  public List<String> given() {
    List<String> names = new ArrayList<>();
    if (label != null) {
      names.add("label");
    }
    if (type != null) {
      names.add("type");
    }
    if (access != null) {
      names.add("access");
    }
    if (options != null) {
      names.add("options");
    }
    if (required != null) {
      names.add("required");
    }
    if (helpText != null) {
      names.add("help_text");
    }
    if (position != null) {
      names.add("position");
    }
    if (currency != null) {
      names.add("currency");
    }
    return names;
  }
}
