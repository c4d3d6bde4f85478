package dev.cprops.recipes.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads why records failed out of an action's output, generically: the elements of a {@code
 * results} list whose {@code status} is {@code failed} or {@code error} and that carry an {@code
 * error} message, each named by its {@code customer_key}, {@code id}, {@code email} or {@code
 * index}, whichever comes first.
 */
final class RecordFailures {
  private static final List<String> NAMES =
      List.of("customer_key", "id", "email", "api_name", "index");

  private RecordFailures() {}

  static List<String> of(Map<String, Object> output) {
    if (!(output.get("results") instanceof List<?> results)) {
      return List.of();
    }
    List<String> reasons = new ArrayList<>();
    for (Object result : results) {
      if (result instanceof Map<?, ?> map
          && map.get("status") != null
          && map.get("error") != null
          && List.of("failed", "error")
              .contains(map.get("status").toString().toLowerCase(Locale.ROOT))) {
        reasons.add("record " + name(map) + ": " + map.get("error"));
      }
    }
    return reasons;
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
