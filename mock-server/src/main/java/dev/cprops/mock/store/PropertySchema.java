package dev.cprops.mock.store;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of the active (not archived) property definitions in display order ({@code
 * position}, then {@code created_at}): what customer values are validated against and rendered
 * with.
 */
public final class PropertySchema {
  static final PropertySchema EMPTY = new PropertySchema(List.of());

  private final List<PropertyDefinition> active;
  private final Map<String, PropertyDefinition> activeByApiName;

  private PropertySchema(List<PropertyDefinition> active) {
    this.active = active;
    Map<String, PropertyDefinition> byApiName = new LinkedHashMap<>();
    active.forEach(d -> byApiName.put(d.apiName(), d));
    this.activeByApiName = byApiName;
  }

  static PropertySchema of(Collection<PropertyDefinition> definitions) {
    return new PropertySchema(
        definitions.stream()
            .filter(d -> !d.archived())
            .sorted(
                Comparator.comparingInt(PropertyDefinition::position)
                    .thenComparingLong(PropertyDefinition::createdAt)
                    .thenComparing(PropertyDefinition::key))
            .toList());
  }

  /** The active definitions in display order. */
  public List<PropertyDefinition> active() {
    return active;
  }

  /** The active definition with this api_name. */
  public Optional<PropertyDefinition> active(String apiName) {
    return Optional.ofNullable(activeByApiName.get(apiName));
  }
}
