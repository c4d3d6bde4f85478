package dev.cprops.connector.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The changes of a property definition {@code PATCH}: only what is set changes; immutable. */
public final class PropertyDefinitionUpdate {
  private final Map<String, Object> changes;

  private PropertyDefinitionUpdate(Map<String, Object> changes) {
    this.changes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The body members, with the API's names. */
  public Map<String, Object> changes() {
    return changes;
  }

  @Override
  public String toString() {
    return "PropertyDefinitionUpdate" + changes;
  }

  /** Builds a {@link PropertyDefinitionUpdate}. */
  public static final class Builder {
    private final Map<String, Object> changes = new LinkedHashMap<>();

    private Builder() {}

    public Builder label(String label) {
      changes.put("label", Objects.requireNonNull(label, "label"));
      return this;
    }

    /** Refused by the server (409) while any customer holds a value for the property. */
    public Builder type(PropertyType type) {
      changes.put("type", Objects.requireNonNull(type, "type").apiName());
      return this;
    }

    public Builder access(PropertyAccess access) {
      changes.put("access", Objects.requireNonNull(access, "access").apiName());
      return this;
    }

    public Builder options(List<PropertyOption> options) {
      changes.put(
          "options",
          options.stream()
              .map(
                  o -> {
                    Map<String, Object> option = new LinkedHashMap<>();
                    option.put("label", o.label());
                    option.put("value", o.value());
                    return option;
                  })
              .toList());
      return this;
    }

    public Builder required(boolean required) {
      changes.put("required", required);
      return this;
    }

    public Builder helpText(String helpText) {
      changes.put("help_text", Objects.requireNonNull(helpText, "helpText"));
      return this;
    }

    public Builder position(int position) {
      changes.put("position", position);
      return this;
    }

    public Builder currency(String currency) {
      changes.put("currency", Objects.requireNonNull(currency, "currency"));
      return this;
    }

    /** {@code false} restores an archived property with its stored values. */
    public Builder archived(boolean archived) {
      changes.put("archived", archived);
      return this;
    }

    public PropertyDefinitionUpdate build() {
      if (changes.isEmpty()) {
        throw new IllegalStateException("an update must change something");
      }
      return new PropertyDefinitionUpdate(changes);
    }
  }
}
