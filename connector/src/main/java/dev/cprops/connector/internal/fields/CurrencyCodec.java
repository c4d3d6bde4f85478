package dev.cprops.connector.internal.fields;

import dev.cprops.connector.client.PropertyType;
import dev.cprops.connector.spi.Inputs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;

/**
 * A monetary amount ({@code currency}) in the property's ISO 4217 currency (USD when the definition
 * names none). The wire value is a {@link BigDecimal} with exactly two fraction digits ({@code
 * 1200.00}), the form the API returns; so is the datapill.
 *
 * <p>Lenient: a Java number, or text trimmed and read with the rules of {@link DecimalText}
 * (thousands separators, decimal comma), with one currency mark before or after the amount (the
 * property's code in any case, {@code USD 1,200.50}, or a symbol that can denote it, {@code
 * $1,200}, {@code 1.200,50 €} for EUR), a leading minus ({@code -$5}, {@code $-5}) or accounting
 * parentheses ({@code (1,200.00)} is -1200.00); a blank clears. A mark of another currency, an
 * unknown mark, suffixes such as {@code 1.2k} and percentages are rejected. Strict: a Java number
 * or a plain decimal string ({@code -1200.5}).
 *
 * <p>In both modes an amount with more than two fraction digits is rejected, unless the settings
 * ask for rounding, when it is rounded half-even to two. Immutable and thread-safe.
 */
public final class CurrencyCodec extends ScalarCodec {
  private final boolean round;
  private final Set<String> marks;
  private final String expected;
  private final String expectedScale;

  /**
   * @param currency the property's ISO 4217 code, any case; null means USD
   * @throws IllegalArgumentException if the code is not a known currency
   */
  public CurrencyCodec(CoercionSettings settings, String currency) {
    super(PropertyType.CURRENCY, settings);
    String code = currency == null ? "USD" : currency.trim().toUpperCase(Locale.ROOT);
    if (!CurrencyMarks.known(code)) {
      throw new IllegalArgumentException("'" + currency + "' is not an ISO 4217 currency code");
    }
    this.round = settings.roundCurrency();
    this.marks = CurrencyMarks.marksFor(code);
    this.expected = "a monetary amount in " + code + " such as 1200.50";
    this.expectedScale =
        "a monetary amount in " + code + " with at most 2 decimal places such as 1200.50";
  }

  @Override
  public String expected() {
    return expected;
  }

  @Override
  Object coerce(String field, Object mapped) {
    BigDecimal amount = null;
    if (mapped instanceof Number n) {
      amount = DecimalText.fromNumber(n);
    } else if (mapped instanceof String s) {
      if (lenient) {
        String text = CodecText.trim(s);
        amount = lenientAmount(text);
      } else {
        amount = DecimalText.parse(s, 0, s.length(), false, false);
      }
    }
    if (amount == null) {
      throw Inputs.invalid(field, mapped, expected);
    }
    if (amount.scale() > 2) {
      if (!round) {
        throw Inputs.invalid(field, mapped, expectedScale);
      }
      return amount.setScale(2, RoundingMode.HALF_EVEN);
    }
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  @Override
  public Object fromApi(Object apiValue) {
    if (apiValue == null) {
      return null;
    }
    BigDecimal value = null;
    if (apiValue instanceof Number n) {
      value = DecimalText.fromNumber(n);
    } else if (apiValue instanceof String s) {
      value = DecimalText.parse(s, 0, s.length(), false, false);
    }
    if (value == null) {
      throw new UnexpectedApiValueException("currency", apiValue);
    }
    return value;
  }

  /** The amount in trimmed, non-empty text with marks, signs and parentheses; null if none. */
  private BigDecimal lenientAmount(String text) {
    int from = 0;
    int to = text.length();
    boolean negative = false;
    if (text.charAt(0) == '(' && text.charAt(to - 1) == ')') {
      negative = true;
      from++;
      to--;
    }
    if (from < to && (text.charAt(from) == '-' || text.charAt(from) == '\u2212')) {
      int afterSign = from + 1;
      if (afterSign < to && !digitOrPoint(text.charAt(afterSign))) {
        negative = !negative;
        from = afterSign;
      }
    }
    int prefixEnd = from;
    while (prefixEnd < to && markChar(text.charAt(prefixEnd))) {
      prefixEnd++;
    }
    int suffixStart = to;
    while (suffixStart > prefixEnd && markChar(text.charAt(suffixStart - 1))) {
      suffixStart--;
    }
    boolean prefixed = prefixEnd > from;
    boolean suffixed = suffixStart < to;
    if (prefixed && suffixed) {
      return null;
    }
    if (prefixed && !marks.contains(CurrencyMarks.normalize(text.substring(from, prefixEnd)))) {
      return null;
    }
    if (suffixed && !marks.contains(CurrencyMarks.normalize(text.substring(suffixStart, to)))) {
      return null;
    }
    int start = prefixEnd;
    int end = suffixStart;
    while (start < end && CodecText.space(text.charAt(start))) {
      start++;
    }
    while (end > start && CodecText.space(text.charAt(end - 1))) {
      end--;
    }
    BigDecimal amount = DecimalText.parse(text, start, end, true, false);
    if (amount == null || (negative && amount.signum() < 0)) {
      return null;
    }
    return negative ? amount.negate() : amount;
  }

  private static boolean digitOrPoint(char c) {
    return (c >= '0' && c <= '9') || c == '.' || c == ',';
  }

  /** Letters and currency symbols make up a mark. */
  private static boolean markChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || c == '$'
        || (c > 0x7F && Character.getType(c) == Character.CURRENCY_SYMBOL)
        || c == 'ł';
  }
}
