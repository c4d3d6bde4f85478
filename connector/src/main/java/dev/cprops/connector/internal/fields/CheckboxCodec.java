package dev.cprops.connector.internal.fields;

import dev.cprops.connector.client.PropertyType;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A toggle ({@code checkbox}); the API takes a JSON boolean and returns one.
 *
 * <p>Lenient: a Boolean; the words true/false, yes/no, y/n, 1/0, on/off in any case with
 * surrounding spaces; the numbers 1 and 0; a blank string clears. Strict: a Boolean or exactly
 * {@code "true"}/{@code "false"}. The wire value is a {@link Boolean}; so is the datapill.
 * Immutable and thread-safe.
 */
public final class CheckboxCodec extends ScalarCodec {
  private static final String LENIENT_EXPECTED = "true or false (or yes/no, y/n, 1/0, on/off)";
  private static final String STRICT_EXPECTED = "true or false";

  public CheckboxCodec(CoercionSettings settings) {
    super(PropertyType.CHECKBOX, settings);
  }

  @Override
  public String expected() {
    return lenient ? LENIENT_EXPECTED : STRICT_EXPECTED;
  }

  @Override
  Object coerce(String field, Object mapped) {
    if (mapped instanceof Boolean b) {
      return b;
    }
    if (mapped instanceof String s) {
      if (!lenient) {
        if (s.equals("true")) {
          return Boolean.TRUE;
        }
        if (s.equals("false")) {
          return Boolean.FALSE;
        }
      } else {
        Boolean word = word(s);
        if (word != null) {
          return word;
        }
      }
    } else if (lenient && mapped instanceof Number n) {
      Boolean number = number(n);
      if (number != null) {
        return number;
      }
    }
    return null;
  }

  @Override
  public Object fromApi(Object apiValue) {
    if (apiValue == null || apiValue instanceof Boolean) {
      return apiValue;
    }
    if ("true".equals(apiValue)) {
      return Boolean.TRUE;
    }
    if ("false".equals(apiValue)) {
      return Boolean.FALSE;
    }
    throw new UnexpectedApiValueException("checkbox", apiValue);
  }

  /** The boolean a yes/no word stands for, or null; no allocation. */
  private static Boolean word(String raw) {
    int start = 0;
    int end = raw.length();
    while (start < end && CodecText.space(raw.charAt(start))) {
      start++;
    }
    while (end > start && CodecText.space(raw.charAt(end - 1))) {
      end--;
    }
    switch (end - start) {
      case 1:
        char c = Character.toLowerCase(raw.charAt(start));
        if (c == 'y' || c == '1') {
          return Boolean.TRUE;
        }
        if (c == 'n' || c == '0') {
          return Boolean.FALSE;
        }
        return null;
      case 2:
        if (raw.regionMatches(true, start, "on", 0, 2)) {
          return Boolean.TRUE;
        }
        return raw.regionMatches(true, start, "no", 0, 2) ? Boolean.FALSE : null;
      case 3:
        if (raw.regionMatches(true, start, "yes", 0, 3)) {
          return Boolean.TRUE;
        }
        return raw.regionMatches(true, start, "off", 0, 3) ? Boolean.FALSE : null;
      case 4:
        return raw.regionMatches(true, start, "true", 0, 4) ? Boolean.TRUE : null;
      case 5:
        return raw.regionMatches(true, start, "false", 0, 5) ? Boolean.FALSE : null;
      default:
        return null;
    }
  }

  private static Boolean number(Number n) {
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
      long v = n.longValue();
      return v == 1 ? Boolean.TRUE : v == 0 ? Boolean.FALSE : null;
    }
    if (n instanceof BigDecimal d) {
      return d.compareTo(BigDecimal.ONE) == 0
          ? Boolean.TRUE
          : d.signum() == 0 ? Boolean.FALSE : null;
    }
    if (n instanceof BigInteger i) {
      return i.equals(BigInteger.ONE) ? Boolean.TRUE : i.signum() == 0 ? Boolean.FALSE : null;
    }
    double v = n.doubleValue();
    return v == 1.0 ? Boolean.TRUE : v == 0.0 ? Boolean.FALSE : null;
  }
}
