package dev.cprops.mock.values;

import static dev.cprops.mock.errors.ErrorCode.INVALID_COUNTRY;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code country} type: an ISO 3166-1 alpha-2 code (any case) or the full English name (any
 * case, otherwise exactly as CLDR spells it, e.g. "Côte d’Ivoire") of a country in {@link
 * Locale#getISOCountries()}, stored as that English name ({@code new Locale("", code)
 * .getDisplayCountry(Locale.ENGLISH)}, e.g. "United States"). No trimming, no aliases ("USA",
 * "UK"): those are the connector's job. Look-ups go through maps built once.
 */
final class Countries {
  static final String EXPECTED =
      "an ISO 3166-1 alpha-2 code (e.g. US) or a full English country name (e.g. United States)";

  private static final Map<String, String> NAME_BY_CODE = new HashMap<>();
  private static final Map<String, String> NAME_BY_LOWER_CASE_NAME = new HashMap<>();

  static {
    for (String code : Locale.getISOCountries()) {
      String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      NAME_BY_CODE.put(code, name);
      NAME_BY_LOWER_CASE_NAME.put(name.toLowerCase(Locale.ROOT), name);
    }
  }

  private Countries() {}

  static String canonicalize(Object raw) {
    String text = JsonKinds.requireString(raw, EXPECTED);
    String name =
        text.length() == 2
            ? NAME_BY_CODE.get(text.toUpperCase(Locale.ROOT))
            : NAME_BY_LOWER_CASE_NAME.get(text.toLowerCase(Locale.ROOT));
    if (name == null) {
      throw new InvalidValueException(
          INVALID_COUNTRY, ValueFormat.quote(text) + " is not a country: expected " + EXPECTED);
    }
    return name;
  }
}
