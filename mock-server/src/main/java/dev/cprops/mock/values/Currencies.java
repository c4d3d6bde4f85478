package dev.cprops.mock.values;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** ISO 4217 currency codes, for the {@code currency} field of a currency property definition. */
public final class Currencies {
  /** The currency of a currency property whose definition names none. */
  public static final String DEFAULT_CODE = "USD";

  private static final Set<String> CODES =
      Currency.getAvailableCurrencies().stream()
          .map(Currency::getCurrencyCode)
          .collect(Collectors.toUnmodifiableSet());

  private Currencies() {}

  /**
   * Whether {@code code} is an ISO 4217 alphabetic code known to {@link java.util.Currency},
   * written exactly as the standard does (three upper-case letters: {@code "USD"} yes, {@code
   * "usd"} no).
   *
   * @param code the code to check; null is not a code
   * @return true for a known code
   */
  public static boolean isValidCode(String code) {
    return code != null && CODES.contains(code);
  }
}
