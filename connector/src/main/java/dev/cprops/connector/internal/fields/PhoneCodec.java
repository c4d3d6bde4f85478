package dev.cprops.connector.internal.fields;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.cprops.connector.client.PropertyType;
import dev.cprops.connector.spi.Inputs;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A phone number ({@code phone}); the wire value and the datapill are E.164, e.g. {@code
 * +14155550100}. Checked with libphonenumber's metadata ({@code isValidNumber}, not just a length
 * check).
 *
 * <p>Lenient: any written form ({@code (415) 555-0100}, {@code 415.555.0100}, {@code +44 20 7946
 * 0958}, {@code 00 44 20 7946 0958}); numbers without a country code are read in the settings'
 * default region; an integral Java number is read as its digits; a blank clears. Strict: what the
 * API accepts, an international number starting with {@code +}. Both modes reject a number with an
 * extension, which E.164 cannot carry. A value already in E.164 is checked against the metadata
 * without the (regular-expression heavy) parser; nothing is cached per value. Immutable and
 * thread-safe: {@link PhoneNumberUtil} is a thread-safe singleton, looked up once.
 */
public final class PhoneCodec extends ScalarCodec {
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final String UNKNOWN_REGION = "ZZ";
  private static final boolean[] CALLING_CODES = new boolean[1000];

  static {
    for (int code : PHONES.getSupportedCallingCodes()) {
      CALLING_CODES[code] = true;
    }
  }

  private final String region;
  private final String expected;

  public PhoneCodec(CoercionSettings settings) {
    super(PropertyType.PHONE, settings);
    this.region = settings.defaultRegion();
    this.expected =
        lenient
            ? "a phone number such as +14155550100 (national numbers are read as " + region + ")"
            : "a phone number in E.164 form such as +14155550100";
  }

  @Override
  public String expected() {
    return expected;
  }

  @Override
  Object coerce(String field, Object mapped) {
    String text = null;
    if (mapped instanceof String s) {
      if (lenient) {
        text = CodecText.trim(s);
      } else if (!s.isEmpty() && s.charAt(0) == '+') {
        text = s;
      }
    } else if (lenient && integral(mapped)) {
      text = CodecText.scalarText(mapped);
    }
    if (text == null) {
      throw Inputs.invalid(field, mapped, expected);
    }
    if (validE164(text)) {
      return text;
    }
    PhoneNumber number;
    try {
      number = PHONES.parse(text, lenient ? region : UNKNOWN_REGION);
    } catch (NumberParseException e) {
      throw Inputs.invalid(field, mapped, expected);
    }
    if (number.hasExtension()) {
      throw Inputs.invalid(
          field, mapped, "a phone number without an extension such as +14155550100");
    }
    if (!PHONES.isValidNumber(number)) {
      throw Inputs.invalid(field, mapped, expected);
    }
    return PHONES.format(number, PhoneNumberFormat.E164);
  }

  @Override
  public Object fromApi(Object apiValue) {
    return apiValue == null ? null : apiValue.toString();
  }

  /**
   * Whether the text is already a valid E.164 number, checked without the parser (whose regular
   * expressions cost several microseconds): {@code +}, a calling code, and a national number
   * without a leading zero that libphonenumber finds valid. Anything else, including an invalid
   * number, goes through the full parser, so the result never differs from parsing.
   */
  private static boolean validE164(String text) {
    int n = text.length();
    if (n < 4 || n > 16 || text.charAt(0) != '+') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    int code = 0;
    for (int length = 1; length <= 3; length++) {
      code = code * 10 + (text.charAt(length) - '0');
      if (CALLING_CODES[code]) {
        int national = length + 1;
        if (national >= n || text.charAt(national) == '0') {
          return false;
        }
        PhoneNumber number =
            new PhoneNumber()
                .setCountryCode(code)
                .setNationalNumber(Long.parseLong(text, national, n, 10));
        return PHONES.isValidNumber(number);
      }
    }
    return false;
  }

  private static boolean integral(Object value) {
    return value instanceof Long
        || value instanceof Integer
        || value instanceof BigInteger
        || (value instanceof BigDecimal d && d.scale() <= 0);
  }
}
