package dev.cprops.connector.internal.fields;

import static java.util.Map.entry;

import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The currency marks that may surround an amount: ISO 4217 codes (any case) and common symbols. A
 * mark is accepted only for a currency it can denote: {@code $} for dollars and pesos, {@code €}
 * for EUR, {@code US$} for USD; an amount marked {@code €} is not a USD amount.
 */
final class CurrencyMarks {
  private static final Set<String> DOLLAR_SIGN_PESOS = Set.of("MXN", "ARS", "CLP", "COP", "UYU");

  private static final Map<String, List<String>> SYMBOLS =
      Map.ofEntries(
          entry("US$", List.of("USD")),
          entry("C$", List.of("CAD")),
          entry("CA$", List.of("CAD")),
          entry("A$", List.of("AUD")),
          entry("AU$", List.of("AUD")),
          entry("NZ$", List.of("NZD")),
          entry("HK$", List.of("HKD")),
          entry("S$", List.of("SGD")),
          entry("SG$", List.of("SGD")),
          entry("MX$", List.of("MXN")),
          entry("R$", List.of("BRL")),
          entry("€", List.of("EUR")),
          entry("£", List.of("GBP")),
          entry("¥", List.of("JPY", "CNY")),
          entry("₹", List.of("INR")),
          entry("₩", List.of("KRW")),
          entry("₽", List.of("RUB")),
          entry("₪", List.of("ILS")),
          entry("₺", List.of("TRY")),
          entry("₫", List.of("VND")),
          entry("₱", List.of("PHP")),
          entry("₦", List.of("NGN")),
          entry("₴", List.of("UAH")),
          entry("zł", List.of("PLN")),
          entry("kr", List.of("SEK", "NOK", "DKK", "ISK")),
          entry("Fr", List.of("CHF")),
          entry("R", List.of("ZAR")));

  private CurrencyMarks() {}

  /** Whether the code is a known ISO 4217 currency code (upper case). */
  static boolean known(String code) {
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The marks that may surround an amount in {@code code}; codes are given in upper case. */
  static Set<String> marksFor(String code) {
    Set<String> marks = new HashSet<>();
    marks.add(code);
    if (code.endsWith("D") || DOLLAR_SIGN_PESOS.contains(code)) {
      marks.add("$");
    }
    SYMBOLS.forEach(
        (symbol, codes) -> {
          if (codes.contains(code)) {
            marks.add(symbol);
          }
        });
    return Set.copyOf(marks);
  }

  /** A mark as looked up: symbols as written, three-letter codes upper-cased. */
  static String normalize(String mark) {
    return mark.length() == 3 && ascii(mark) ? mark.toUpperCase(Locale.ROOT) : mark;
  }

  private static boolean ascii(String mark) {
    for (int i = 0; i < mark.length(); i++) {
      char c = mark.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }
}
