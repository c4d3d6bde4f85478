package dev.cprops.recipes.runner;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads record counts out of an action's output, generically: numbers under {@code created}, {@code
 * updated}, {@code unchanged} and {@code failed}; or else a {@code results} list whose elements
 * have a {@code status} of one of those words ({@code error} counts as failed).
 */
public final class OutputCounters {
  private OutputCounters() {}

  public static ActionTotals of(Map<String, Object> output) {
    long created = number(output.get("created"));
    long updated = number(output.get("updated"));
    long unchanged = number(output.get("unchanged"));
    long failed = number(output.get("failed"));
    boolean hasNumbers =
        created + updated + unchanged + failed > 0
            || List.of("created", "updated", "unchanged", "failed").stream()
                .anyMatch(k -> output.get(k) instanceof Number);
    if (!hasNumbers && output.get("results") instanceof List<?> results) {
      for (Object result : results) {
        if (result instanceof Map<?, ?> map && map.get("status") != null) {
          switch (map.get("status").toString().toLowerCase(Locale.ROOT)) {
            case "created" -> created++;
            case "updated" -> updated++;
            case "unchanged" -> unchanged++;
            case "failed", "error" -> failed++;
            default -> {
              // other statuses (ok, skipped) are not counted
            }
          }
        }
      }
    }
    return new ActionTotals(1, 0, created, updated, unchanged, failed);
  }

  private static long number(Object value) {
    return value instanceof Number n ? n.longValue() : 0;
  }
}
