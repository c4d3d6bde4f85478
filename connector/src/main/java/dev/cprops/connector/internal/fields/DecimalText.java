package dev.cprops.connector.internal.fields;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads decimal numbers from text without regular expressions or exceptions.
 *
 * <p>Strict: a plain decimal, {@code -?[0-9]+(\.[0-9]+)?}. Lenient adds a leading {@code +}, {@code
 * .5}, thousands separators and a decimal comma, read by these rules:
 *
 * <ul>
 *   <li>a single {@code .} is always the decimal point ({@code 1.200} is 1.2), as in the API's own
 *       format;
 *   <li>{@code ,} groups thousands ({@code 1,200}, {@code 1,200.50}); a single {@code ,} followed
 *       by anything but exactly three digits is a decimal comma ({@code 12,5}, {@code 1200,50});
 *   <li>with both, the last one is the decimal separator ({@code 1.200,50} is 1200.50); several
 *       dots group thousands ({@code 1.200.000});
 *   <li>spaces, no-break spaces and apostrophes group thousands ({@code 1 200,50}, {@code
 *       1'200.50});
 *   <li>groups after the first have exactly three digits, the first one to three; one kind of
 *       grouping separator per number;
 *   <li>optionally an exponent ({@code 1.5e3}) when the caller allows it.
 * </ul>
 *
 * At most 64 significant digits and exponents up to 64 in size; anything else is not a number.
 */
final class DecimalText {
  static final int MAX_DIGITS = 64;

  private DecimalText() {}

  /** The number in {@code text[from, to)}, or null if it is not one under the mode's rules. */
  static BigDecimal parse(String text, int from, int to, boolean lenient, boolean exponent) {
    int i = from;
    boolean negative = false;
    if (i < to && (text.charAt(i) == '-' || (lenient && text.charAt(i) == '\u2212'))) {
      negative = true;
      i++;
    } else if (lenient && i < to && text.charAt(i) == '+') {
      i++;
    }
    int end = to;
    int exponentValue = 0;
    if (lenient && exponent) {
      for (int k = i; k < to; k++) {
        char c = text.charAt(k);
        if (c == 'e' || c == 'E') {
          end = k;
          exponentValue = exponent(text, k + 1, to);
          if (exponentValue == Integer.MIN_VALUE) {
            return null;
          }
          break;
        }
      }
    }
    if (i >= end) {
      return null;
    }
    int dots = 0;
    int commas = 0;
    int others = 0;
    int lastDot = -1;
    int lastComma = -1;
    char other = 0;
    for (int k = i; k < end; k++) {
      char c = text.charAt(k);
      if (c >= '0' && c <= '9') {
        continue;
      }
      if (c == '.') {
        dots++;
        lastDot = k;
      } else if (lenient && c == ',') {
        commas++;
        lastComma = k;
      } else if (lenient && groupingOnly(c) && (other == 0 || other == c)) {
        other = c;
        others++;
      } else {
        return null;
      }
    }
    int decimal = -1;
    char grouping = 0;
    if (dots > 0 && commas > 0) {
      boolean commaLast = lastComma > lastDot;
      if ((commaLast ? commas : dots) != 1) {
        return null;
      }
      decimal = commaLast ? lastComma : lastDot;
      grouping = commaLast ? '.' : ',';
    } else if (dots > 0) {
      if (dots == 1) {
        decimal = lastDot;
      } else if (lenient) {
        grouping = '.';
      } else {
        return null;
      }
    } else if (commas > 0) {
      if (commas == 1 && end - lastComma - 1 != 3) {
        decimal = lastComma;
      } else {
        grouping = ',';
      }
    }
    if (others > 0) {
      if (grouping != 0) {
        return null;
      }
      grouping = other;
    }
    int integerEnd = decimal >= 0 ? decimal : end;
    if (integerEnd == i && (!lenient || decimal < 0)) {
      return null;
    }
    if (!groupsValid(text, i, integerEnd, grouping)) {
      return null;
    }
    if (decimal >= 0 && !digitsOnly(text, decimal + 1, end)) {
      return null;
    }
    int fractionDigits = decimal >= 0 ? end - decimal - 1 : 0;
    return build(text, i, end, grouping, negative, fractionDigits - exponentValue);
  }

  /**
   * A Java number as a BigDecimal: exact for integers and BigDecimals, the shortest decimal that
   * reads back for doubles ({@code 0.1}, not {@code 0.1000000000000000055...}); null for NaN, the
   * infinities and numbers beyond 64 digits.
   */
  static BigDecimal fromNumber(Number number) {
    BigDecimal value;
    if (number instanceof BigDecimal d) {
      value = d;
    } else if (number instanceof Integer
        || number instanceof Long
        || number instanceof Short
        || number instanceof Byte) {
      return BigDecimal.valueOf(number.longValue());
    } else if (number instanceof BigInteger i) {
      value = new BigDecimal(i);
    } else if (number instanceof Double || number instanceof Float) {
      double d = number.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return null;
      }
      value = number instanceof Float ? new BigDecimal(number.toString()) : BigDecimal.valueOf(d);
    } else {
      String text = number.toString();
      value = parse(text, 0, text.length(), true, true);
      if (value == null) {
        return null;
      }
    }
    int integerDigits = value.precision() - value.scale();
    return value.precision() > MAX_DIGITS
            || integerDigits > MAX_DIGITS
            || value.scale() > MAX_DIGITS
        ? null
        : value;
  }

  private static boolean groupingOnly(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'' || c == '\u2019';
  }

  private static boolean digitsOnly(String text, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean groupsValid(String text, int from, int to, char grouping) {
    if (grouping == 0) {
      return from == to || digitsOnly(text, from, to);
    }
    int groupStart = from;
    boolean first = true;
    for (int k = from; k <= to; k++) {
      if (k == to || text.charAt(k) == grouping) {
        int length = k - groupStart;
        if (first ? length < 1 || length > 3 : length != 3) {
          return false;
        }
        first = false;
        groupStart = k + 1;
      } else if (text.charAt(k) < '0' || text.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int exponent(String text, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    if (i >= to || to - i > 2) {
      return Integer.MIN_VALUE;
    }
    int value = IsoDates.digits(text, i, to - i);
    if (value < 0 || value > MAX_DIGITS) {
      return Integer.MIN_VALUE;
    }
    return negative ? -value : value;
  }

  private static BigDecimal build(
      String text, int from, int to, char grouping, boolean negative, int scale) {
    long unscaled = 0;
    int digits = 0;
    StringBuilder big = null;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        continue;
      }
      if (digits == 0 && c == '0') {
        continue;
      }
      digits++;
      if (digits > MAX_DIGITS) {
        return null;
      }
      if (digits <= 18) {
        unscaled = unscaled * 10 + (c - '0');
      } else {
        if (big == null) {
          big = new StringBuilder(MAX_DIGITS).append(unscaled);
        }
        big.append(c);
      }
    }
    if (scale > MAX_DIGITS || scale < -MAX_DIGITS) {
      return null;
    }
    if (big == null) {
      return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }
    BigInteger value = new BigInteger(big.toString());
    return new BigDecimal(negative ? value.negate() : value, scale);
  }
}
