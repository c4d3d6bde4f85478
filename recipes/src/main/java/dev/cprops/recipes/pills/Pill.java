package dev.cprops.recipes.pills;

import java.util.List;

/**
 * One parsed data pill, e.g. {@code {{steps.read.rows[0].email}}}.
 *
 * @param text the pill as written, braces included
 * @param root where the path starts
 * @param stepId for {@link PillRoot#STEPS}: the step id; otherwise {@code null}
 * @param path the keys ({@code String}) and list indexes ({@code Integer}) after the root
 * @param optional written with a trailing {@code ?}: a missing value is absent, not an error
 */
public record Pill(String text, PillRoot root, String stepId, List<Object> path, boolean optional) {
  public Pill {
    path = List.copyOf(path);
  }

  @Override
  public String toString() {
    return text;
  }
}
