package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.PropertyType;
import dev.cprops.connector.internal.fields.Countries;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * Compares a coerced value (what the connector would send) with a stored one (what the API
 * returned) in the API's canonical terms: a country sent as {@code "US"} is stored as {@code
 * "United States"}, a currency sent as {@code 1200} is stored as {@code "1200.00"}, a checkbox sent
 * as {@code true} may come back as {@code "true"}, an email's domain is stored lower-cased. Equal
 * values need no write. {@code null} (no value) equals only {@code null}; {@code ""} stays a value.
 */
public final class CanonicalValues {
  private CanonicalValues() {}

  /** Whether writing {@code coerced} would leave the stored value as it is. */
  public static boolean same(PropertyType type, Object coerced, Object stored) {
    if (coerced == null || stored == null) {
      return coerced == stored;
    }
    return switch (type) {
      case CURRENCY, NUMBER -> sameNumber(coerced, stored);
      case CHECKBOX -> coerced.toString().equalsIgnoreCase(stored.toString());
      case COUNTRY -> sameCountry(coerced.toString(), stored.toString());
      case EMAIL -> sameEmail(coerced.toString(), stored.toString());
      default -> text(coerced).equals(text(stored));
    };
  }

  /** Emails compare exactly in the local part and ignoring case in the domain. */
  public static boolean sameEmail(String a, String b) {
    if (a == null || b == null) {
      return Objects.equals(a, b);
    }
    return lowerDomain(a.strip()).equals(lowerDomain(b.strip()));
  }

  private static boolean sameNumber(Object a, Object b) {
    BigDecimal x = decimal(a);
    BigDecimal y = decimal(b);
    return x != null && y != null ? x.compareTo(y) == 0 : text(a).equals(text(b));
  }

  private static boolean sameCountry(String a, String b) {
    String x = Countries.alpha2(a).orElse(a);
    String y = Countries.alpha2(b).orElse(b);
    return x.equalsIgnoreCase(y);
  }

  private static String lowerDomain(String email) {
    int at = email.lastIndexOf('@');
    return at < 0
        ? email
        : email.substring(0, at + 1) + email.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    try {
      return new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String text(Object value) {
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }
}
