package dev.cprops.mock.portal;

import dev.cprops.mock.store.FieldError;
import dev.cprops.mock.store.StoreException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A rejected write's errors, sorted for a form: each shown beside the input it names, the rest (and
 * the message when no field is named) above the form.
 */
final class FieldErrors {
  private final Map<String, String> byInput = new LinkedHashMap<>();
  private final List<String> general = new ArrayList<>();

  /**
   * @param inputOf the form input an API field belongs to (e.g. {@code meta.mrr} to {@code mrr}),
   *     or null when the form has no such input
   */
  static FieldErrors of(StoreException e, Function<String, String> inputOf) {
    FieldErrors errors = new FieldErrors();
    for (FieldError error : e.errors()) {
      String input = error.field() == null ? null : inputOf.apply(error.field());
      if (input == null) {
        errors.general.add(error.message());
      } else {
        errors.byInput.merge(input, error.message(), (a, b) -> a + "; " + b);
      }
    }
    if (e.errors().isEmpty()) {
      errors.general.add(e.getMessage());
    }
    return errors;
  }

  static FieldErrors none() {
    return new FieldErrors();
  }

  void add(String input, String message) {
    byInput.merge(input, message, (a, b) -> a + "; " + b);
  }

  String forInput(String input) {
    return byInput.get(input);
  }

  List<String> general() {
    return general;
  }

  boolean any() {
    return !byInput.isEmpty() || !general.isEmpty();
  }
}
