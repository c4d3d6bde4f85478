package dev.cprops.mock.values;

import static dev.cprops.mock.errors.ErrorCode.INVALID_NUMBER;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code number} type: a JSON number, or a string holding exactly a JSON number ({@code "42"},
 * {@code "-3.5"}, {@code "1e3"}; no spaces, separators, leading {@code +}, leading zeros, {@code
 * NaN} or {@code Infinity}), of at most 34 significant digits (IEEE 754 decimal128) with at most 34
 * digits before and 34 after the decimal point. Never rounded.
 *
 * <p>Canonical form: a {@link BigDecimal} with trailing fraction zeros stripped and a scale of at
 * least 0, so {@code 1.50 -> 1.5}, {@code 1e3 -> 1000}, {@code -0.0 -> 0}; equal numbers have one
 * form. Write it to JSON with {@link BigDecimal#toPlainString()} ({@code toString()} may use an
 * exponent, e.g. {@code 1E-7}).
 */
final class DecimalNumbers {
  static final String EXPECTED = "a JSON number or a numeric string (e.g. 42 or \"-3.5\")";

  private static final int MAX_DIGITS = 34;
  private static final int MAX_STRING_LENGTH = 100;
  private static final int MAX_PRECISION_BEFORE_STRIPPING = 1_000;
  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

  private DecimalNumbers() {}

  static BigDecimal canonicalize(Object raw) {
    BigDecimal parsed = parse(raw);
    BigDecimal number =
        parsed.precision() > MAX_PRECISION_BEFORE_STRIPPING ? parsed : parsed.stripTrailingZeros();
    if (number.precision() > MAX_DIGITS
        || number.scale() > MAX_DIGITS
        || number.precision() - number.scale() > MAX_DIGITS) {
      throw new InvalidValueException(
          INVALID_NUMBER,
          ValueFormat.value(raw)
              + " is out of range: expected at most 34 significant digits and at most 34 digits"
              + " before and after the decimal point");
    }
    return number.scale() < 0 ? number.setScale(0) : number;
  }

  private static BigDecimal parse(Object raw) {
    Optional<BigDecimal> number = JsonKinds.asDecimal(raw);
    if (number.isPresent()) {
      return number.get();
    }
    if (raw instanceof Number) {
      throw notANumber(raw);
    }
    String text = JsonKinds.requireString(raw, EXPECTED);
    if (text.length() > MAX_STRING_LENGTH || !JSON_NUMBER.matcher(text).matches()) {
      throw notANumber(raw);
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw notANumber(raw);
    }
  }

  private static InvalidValueException notANumber(Object raw) {
    return new InvalidValueException(
        INVALID_NUMBER, ValueFormat.value(raw) + " is not a number: expected " + EXPECTED);
  }
}
