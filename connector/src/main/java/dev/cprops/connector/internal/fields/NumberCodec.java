package dev.cprops.connector.internal.fields;

import dev.cprops.connector.client.PropertyType;
import dev.cprops.connector.spi.Inputs;
import java.math.BigDecimal;

/**
 * A number ({@code number}); the wire value and the datapill are a {@link BigDecimal}.
 *
 * <p>Lenient: a Java number, or text with thousands separators, a decimal comma, a leading sign or
 * an exponent (the rules of {@link DecimalText}), trimmed; a blank clears. Strict: a Java number or
 * a plain decimal string ({@code -1200.5}). The wire value is never in exponent notation: {@code
 * 1e3} becomes {@code 1000}. Both modes reject NaN and the infinities (never read as 0),
 * percentages, and suffixes such as {@code 1.2k}. Immutable and thread-safe.
 */
public final class NumberCodec extends ScalarCodec {
  private static final String EXPECTED = "a number such as 1200.5";

  public NumberCodec(CoercionSettings settings) {
    super(PropertyType.NUMBER, settings);
  }

  @Override
  public String expected() {
    return EXPECTED;
  }

  @Override
  Object coerce(String field, Object mapped) {
    BigDecimal value = null;
    if (mapped instanceof Number n) {
      value = DecimalText.fromNumber(n);
    } else if (mapped instanceof String s) {
      if (lenient) {
        String text = CodecText.trim(s);
        value = DecimalText.parse(text, 0, text.length(), true, true);
      } else {
        value = DecimalText.parse(s, 0, s.length(), false, false);
      }
    }
    if (value == null) {
      throw Inputs.invalid(field, mapped, EXPECTED);
    }
    return value.scale() < 0 ? value.setScale(0) : value;
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
      value = DecimalText.parse(s, 0, s.length(), true, true);
    }
    if (value == null) {
      throw new UnexpectedApiValueException("number", apiValue);
    }
    return value;
  }
}
