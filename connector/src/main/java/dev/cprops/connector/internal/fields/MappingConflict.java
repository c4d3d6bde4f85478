package dev.cprops.connector.internal.fields;

import java.util.List;

/**
 * Several columns of one record matched the same target ({@code "email"} or {@code
 * "meta.<api_name>"}). When one matched more strongly (see {@link AutoMapper}) it is {@code chosen}
 * and the others are left out; when they tie, {@code chosen} is null and none is used.
 *
 * @param target the target's path, e.g. {@code "meta.subscription_plan"} or {@code "email"}
 * @param sourceKeys the competing columns, in record order
 * @param chosen the column used, or null when the conflict could not be resolved
 */
public record MappingConflict(String target, List<String> sourceKeys, String chosen) {
  public MappingConflict {
    sourceKeys = List.copyOf(sourceKeys);
  }

  /** Whether a column was chosen. */
  public boolean resolved() {
    return chosen != null;
  }
}
