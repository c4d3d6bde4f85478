package dev.cprops.mock.store;

import dev.cprops.mock.errors.ErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of one request before anything is applied, so a client learns about all of
 * them at once and a rejected request changes nothing.
 */
public final class Problems {
  private final List<FieldError> invalid = new ArrayList<>();
  private final List<FieldError> forbidden = new ArrayList<>();

  public Problems() {}

  public void invalid(String field, ErrorCode code, String message) {
    invalid.add(new FieldError(field, code, message));
  }

  public void forbidden(String field, ErrorCode code, String message) {
    forbidden.add(new FieldError(field, code, message));
  }

  /** Adds this request part's problems to {@code target}, their fields prefixed. */
  void copyInto(Problems target, String fieldPrefix) {
    invalid.forEach(e -> target.invalid(fieldPrefix + e.field(), e.code(), e.message()));
    forbidden.forEach(e -> target.forbidden(fieldPrefix + e.field(), e.code(), e.message()));
  }

  public boolean isEmpty() {
    return invalid.isEmpty() && forbidden.isEmpty();
  }

  /** Throws when any problem was found: 400 if any is a validation error, else 403. */
  public void throwIfAny() {
    if (!invalid.isEmpty()) {
      List<FieldError> all = new ArrayList<>(invalid);
      all.addAll(forbidden);
      throw new StoreException(StoreException.Kind.INVALID, summary(all, "Invalid request"), all);
    }
    if (!forbidden.isEmpty()) {
      throw new StoreException(
          StoreException.Kind.FORBIDDEN, summary(forbidden, "Forbidden"), forbidden);
    }
  }

  private static String summary(List<FieldError> errors, String title) {
    return errors.size() == 1
        ? errors.get(0).message()
        : title + ": " + errors.size() + " fields have problems";
  }
}
