package dev.cprops.connector.internal.fields;

import dev.cprops.connector.spi.PickOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ISO 3166-1 countries as the API knows them: alpha-2 codes and the English names {@link
 * Locale} gives (the names the API returns, e.g. {@code "United States"}), plus the lookups the
 * country codec uses. All tables are built once; every method is thread-safe.
 *
 * <p>The {@linkplain #pickOptions() pick list} ({@code "countries"}) has one option per country,
 * label the English name, value the alpha-2 code, sorted by name.
 */
public final class Countries {
  private static final Locale NAMES = Locale.ENGLISH;

  /** Canonical alpha-2 codes indexed by (first letter * 26 + second letter); null if none. */
  private static final String[] ALPHA2 = new String[26 * 26];

  private static final Map<String, String> NAME_BY_CODE = new HashMap<>();
  private static final Map<String, String> CODE_BY_ALPHA3 = new HashMap<>();
  private static final Map<String, String> CODE_BY_LOWER_NAME = new HashMap<>();
  private static final Map<String, String> CODE_BY_KEY = new HashMap<>();
  private static final List<PickOption> PICK_OPTIONS;

  static {
    List<PickOption> options = new ArrayList<>();
    for (String code : Locale.getISOCountries()) {
      Locale locale = new Locale("", code);
      String name = locale.getDisplayCountry(NAMES);
      String alpha3 = locale.getISO3Country();
      ALPHA2[index(code.charAt(0), code.charAt(1))] = code;
      NAME_BY_CODE.put(code, name);
      CODE_BY_ALPHA3.put(alpha3, code);
      CODE_BY_LOWER_NAME.put(name.toLowerCase(Locale.ROOT), code);
      options.add(new PickOption(name, code));
    }
    // Keys, weakest first so that stronger ones overwrite: codes, then generated name variants,
    // then the English names themselves, then the hand-written aliases.
    NAME_BY_CODE.forEach(
        (code, name) -> {
          CODE_BY_KEY.put(TextKeys.fold(code), code);
          CODE_BY_KEY.put(TextKeys.fold(alpha3Of(code)), code);
        });
    NAME_BY_CODE.forEach(
        (code, name) -> {
          for (String variant : variants(name)) {
            CODE_BY_KEY.put(TextKeys.fold(variant), code);
          }
        });
    NAME_BY_CODE.forEach((code, name) -> CODE_BY_KEY.put(TextKeys.fold(name), code));
    CountryAliases.ALIASES.forEach((alias, code) -> CODE_BY_KEY.put(TextKeys.fold(alias), code));
    options.sort(Comparator.comparing(PickOption::label));
    PICK_OPTIONS = List.copyOf(options);
  }

  private Countries() {}

  /** Every country: label the English name, value the alpha-2 code; sorted by label. */
  public static List<PickOption> pickOptions() {
    return PICK_OPTIONS;
  }

  /**
   * The alpha-2 code for a code, name or common alias, read leniently (any case, accents and
   * punctuation ignored): {@code "USA"}, {@code "u.s."}, {@code "Côte d'Ivoire"}, {@code "UK"}.
   * Empty if the text names no country (or is null).
   */
  public static Optional<String> alpha2(String text) {
    return Optional.ofNullable(text == null ? null : lenientCode(text));
  }

  /** The English name the API uses for an alpha-2 code (any case), or empty. */
  public static Optional<String> name(String alpha2) {
    return Optional.ofNullable(
        alpha2 == null ? null : NAME_BY_CODE.get(alpha2.toUpperCase(Locale.ROOT)));
  }

  /** Exactly what the API accepts: an alpha-2 code or an English name, any case; else null. */
  static String strictCode(String text) {
    if (text.length() == 2) {
      return alpha2Code(text);
    }
    return CODE_BY_LOWER_NAME.get(text.toLowerCase(Locale.ROOT));
  }

  /** The lenient reading of {@link #alpha2(String)}; null if none. */
  static String lenientCode(String raw) {
    String text = CodecText.trim(raw);
    if (text.length() == 2) {
      String code = alpha2Code(text);
      if (code != null) {
        return code;
      }
    } else if (text.length() == 3) {
      String code = CODE_BY_ALPHA3.get(text.toUpperCase(Locale.ROOT));
      if (code != null) {
        return code;
      }
    }
    String key = TextKeys.fold(text);
    String code = CODE_BY_KEY.get(key);
    if (code == null && key.startsWith("the") && key.length() > 3) {
      code = CODE_BY_KEY.get(key.substring(3));
    }
    return code;
  }

  private static String alpha2Code(String text) {
    int first = letter(text.charAt(0));
    int second = letter(text.charAt(1));
    return first < 0 || second < 0 ? null : ALPHA2[first * 26 + second];
  }

  private static int letter(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    return -1;
  }

  private static int index(char first, char second) {
    return letter(first) * 26 + letter(second);
  }

  private static String alpha3Of(String code) {
    return new Locale("", code).getISO3Country();
  }

  /** Spelling variants of a CLDR name: "St." as "Saint", and the parts around parentheses. */
  private static List<String> variants(String name) {
    List<String> variants = new ArrayList<>();
    if (name.startsWith("St. ")) {
      variants.add("Saint " + name.substring(4));
    }
    int open = name.indexOf(" (");
    if (open > 0 && name.endsWith(")")) {
      variants.add(name.substring(0, open));
      variants.add(name.substring(open + 2, name.length() - 1));
    }
    if (name.endsWith(" SAR China")) {
      variants.add(name.substring(0, name.length() - " SAR China".length()));
    }
    return variants;
  }
}
