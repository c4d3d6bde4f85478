package dev.cprops.mock.values;

import static dev.cprops.mock.errors.ErrorCode.INVALID_PHONE;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.regex.Pattern;

/**
 * The {@code phone} type: an international number that starts with {@code +}, followed by digits
 * and optionally the separators space, hyphen, dot and parentheses ({@code "+14155550100"}, {@code
 * "+1 (415) 555-0100"}), that libphonenumber finds valid for its country. Stored in E.164 ({@code
 * "+14155550100"}). Rejected: national numbers without {@code +} (the server has no default region:
 * that is the connector's job), letters (vanity numbers), extensions, surrounding whitespace.
 */
final class PhoneNumbers {
  static final String EXPECTED =
      "an international phone number starting with + (E.164, e.g. +14155550100)";

  private static final Pattern INTERNATIONAL_SHAPE =
      Pattern.compile("\\+[0-9](?:[0-9 ().-]{0,40}[0-9])?");
  private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();
  private static final String NO_DEFAULT_REGION = "ZZ";

  private PhoneNumbers() {}

  static String canonicalize(Object raw) {
    String text = JsonKinds.requireString(raw, EXPECTED);
    if (!INTERNATIONAL_SHAPE.matcher(text).matches()) {
      throw new InvalidValueException(
          INVALID_PHONE,
          ValueFormat.quote(text) + " is not an international phone number: expected " + EXPECTED);
    }
    PhoneNumber number;
    try {
      number = PHONE_NUMBERS.parse(text, NO_DEFAULT_REGION);
    } catch (NumberParseException e) {
      throw notValid(text);
    }
    if (!PHONE_NUMBERS.isValidNumber(number)) {
      throw notValid(text);
    }
    return PHONE_NUMBERS.format(number, PhoneNumberFormat.E164);
  }

  private static InvalidValueException notValid(String text) {
    return new InvalidValueException(
        INVALID_PHONE,
        ValueFormat.quote(text) + " is not a valid phone number: expected " + EXPECTED);
  }
}
