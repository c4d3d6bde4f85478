package dev.cprops.recipes.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads which records failed out of an action's output, generically: the elements of a {@code
 * results} list whose {@code status} is {@code failed} or {@code error} and that carry an {@code
 * error} message (and, when known, {@code error_field} and {@code error_value}). A result's {@code
 * index} picks its input record out of the batch the action was given.
 */
final class RecordFailures {
  private static final List<String> NAMES =
      List.of("customer_key", "id", "email", "api_name", "key", "index");

  private RecordFailures() {}

  /** A failed record and the name it is reported by (its key, id, email or index). */
  record Failure(String name, FailedRecord record) {}

  static List<Failure> of(String step, Object item, Map<String, Object> output) {
    if (!(output.get("results") instanceof List<?> results)) {
      return List.of();
    }
    List<Failure> failures = new ArrayList<>();
    for (Object result : results) {
      if (result instanceof Map<?, ?> map
          && map.get("status") != null
          && map.get("error") != null
          && List.of("failed", "error")
              .contains(map.get("status").toString().toLowerCase(Locale.ROOT))) {
        Object field = map.get("error_field");
        failures.add(
            new Failure(
                name(map),
                new FailedRecord(
                    step,
                    input(item, map.get("index")),
                    field == null ? null : field.toString(),
                    map.get("error_value"),
                    map.get("error").toString())));
      }
    }
    return failures;
  }

  private static Object input(Object item, Object index) {
    if (item instanceof List<?> batch && index instanceof Number n) {
      int i = n.intValue();
      return i >= 0 && i < batch.size() ? batch.get(i) : null;
    }
    return item;
  }

  private static String name(Map<?, ?> result) {
    for (String name : NAMES) {
      if (result.get(name) != null) {
        return result.get(name).toString();
      }
    }
    return "?";
  }
}
