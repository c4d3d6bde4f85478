package dev.cprops.mock.seed;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Random;

/**
 * Valid E.164 phone numbers for demo customers. In the US and Canada, numbers of the 555-0100 to
 * 555-0199 range reserved for fiction, with the region's area code; elsewhere, libphonenumber's
 * example fixed-line number with its last two digits varied (kept only when still valid).
 */
final class DemoPhoneNumbers {
  private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();
  private static final int VARIATION_ATTEMPTS = 5;

  private DemoPhoneNumbers() {}

  static String phoneNumber(DemoPlaces.Country country, DemoPlaces.Region region, Random random) {
    if (region.areaCode() != 0) {
      return String.format("+1%d55501%02d", region.areaCode(), random.nextInt(100));
    }
    PhoneNumber example =
        PHONE_NUMBERS.getExampleNumberForType(country.code(), PhoneNumberType.FIXED_LINE);
    for (int attempt = 0; attempt < VARIATION_ATTEMPTS; attempt++) {
      long base = example.getNationalNumber() / 100 * 100;
      PhoneNumber varied =
          new PhoneNumber()
              .setCountryCode(example.getCountryCode())
              .setNationalNumber(base + random.nextInt(100));
      if (PHONE_NUMBERS.isValidNumber(varied)) {
        return PHONE_NUMBERS.format(varied, PhoneNumberFormat.E164);
      }
    }
    return PHONE_NUMBERS.format(example, PhoneNumberFormat.E164);
  }
}
