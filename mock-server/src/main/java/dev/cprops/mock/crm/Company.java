package dev.cprops.mock.crm;

import java.util.Map;
import java.util.TreeMap;

/**
 * One CRM company as the store holds it: a numeric id (as a string, like HubSpot's), its property
 * values (strings; an absent key has no value), and its creation and last-modified times in epoch
 * milliseconds. Immutable.
 */
public record Company(String id, Map<String, String> properties, long createdAt, long updatedAt) {

  public Company {
    properties = java.util.Collections.unmodifiableMap(new TreeMap<>(properties));
  }

  /** One property's value, or {@code null}. */
  public String property(String name) {
    return properties.get(name);
  }
}
