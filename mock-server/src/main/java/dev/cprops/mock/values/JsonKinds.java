package dev.cprops.mock.values;

import static dev.cprops.mock.errors.ErrorCode.INVALID_TYPE;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Checks the JSON kind of a raw value (string, number, boolean, array, object) before a type looks
 * at its content. A kind that the property type never accepts is an {@code invalid_type} error.
 */
final class JsonKinds {

  private JsonKinds() {}

  /** The raw value as a string, or {@code invalid_type} naming {@code expected}. */
  static String requireString(Object raw, String expected) {
    if (raw instanceof String s) {
      return s;
    }
    throw wrongKind(raw, expected);
  }

  /**
   * A JSON number as a {@link BigDecimal}; other {@link Number}s are converted exactly (a NaN or an
   * infinite double has no decimal form: empty). Empty when {@code raw} is not a number.
   */
  static Optional<BigDecimal> asDecimal(Object raw) {
    if (raw instanceof BigDecimal d) {
      return Optional.of(d);
    }
    if (raw instanceof Double || raw instanceof Float) {
      double d = ((Number) raw).doubleValue();
      return Double.isFinite(d)
          ? Optional.of(new BigDecimal(Double.toString(d)))
          : Optional.empty();
    }
    if (raw instanceof Number n) {
      return Optional.of(new BigDecimal(n.toString()));
    }
    return Optional.empty();
  }

  /** The {@code invalid_type} error for a raw value of a kind the type does not accept. */
  static InvalidValueException wrongKind(Object raw, String expected) {
    return new InvalidValueException(
        INVALID_TYPE, "got " + ValueFormat.kindAndValue(raw) + ": expected " + expected);
  }
}
