package dev.cprops.mock.values;

import static dev.cprops.mock.errors.ErrorCode.INVALID_CURRENCY;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code currency} type: a JSON number, or a plain decimal string written as a JSON number
 * without exponent ({@code "1200"}, {@code "-25.5"}; no symbols, separators, spaces, leading {@code
 * +} or leading zeros), with at most 2 fraction digits as written ({@code 1.230} has 3) and at most
 * 15 digits before the decimal point. Negative amounts are accepted (credits, refunds, adjustments
 * are monetary values too). Stored as a string with exactly 2 fraction digits: {@code "1200.00"},
 * {@code "-25.50"}; never rounded, and never {@code "-0.00"}.
 */
final class MoneyAmounts {
  static final String EXPECTED =
      "a JSON number or a plain decimal string with at most 2 fraction digits (e.g. 1200 or"
          + " \"1200.50\")";

  private static final int MAX_INTEGER_DIGITS = 15;
  private static final int FRACTION_DIGITS = 2;
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?");

  private MoneyAmounts() {}

  static String canonicalize(Object raw) {
    BigDecimal amount = parse(raw);
    if (amount.scale() > FRACTION_DIGITS) {
      throw new InvalidValueException(
          INVALID_CURRENCY,
          ValueFormat.value(raw) + " has more than 2 fraction digits: expected " + EXPECTED);
    }
    if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
      throw new InvalidValueException(
          INVALID_CURRENCY,
          ValueFormat.value(raw)
              + " is out of range: expected at most 15 digits before the decimal point");
    }
    return amount.setScale(FRACTION_DIGITS).toPlainString();
  }

  private static BigDecimal parse(Object raw) {
    Optional<BigDecimal> number = JsonKinds.asDecimal(raw);
    if (number.isPresent()) {
      return number.get();
    }
    if (raw instanceof Number) {
      throw notAnAmount(raw);
    }
    String text = JsonKinds.requireString(raw, EXPECTED);
    if (text.length() > 64 || !PLAIN_DECIMAL.matcher(text).matches()) {
      throw notAnAmount(raw);
    }
    return new BigDecimal(text);
  }

  private static InvalidValueException notAnAmount(Object raw) {
    return new InvalidValueException(
        INVALID_CURRENCY,
        ValueFormat.value(raw) + " is not a currency amount: expected " + EXPECTED);
  }
}
