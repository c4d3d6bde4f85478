package dev.cprops.mock.values;

import static dev.cprops.mock.errors.ErrorCode.INVALID_EMAIL;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Email addresses, for {@code email} properties and for a customer's own {@code email}.
 *
 * <p>Accepted: after trimming surrounding whitespace, 4 to 255 characters (code points) of the form
 * {@code local@domain}, where the local part is an RFC 5322 dot-atom of at most 64 ASCII characters
 * (no quoted local parts, no comments) and the domain is a DNS name of at least two labels whose
 * last label is alphabetic (an internationalized domain is accepted when it has a valid IDNA form).
 * IP-literal domains ({@code [192.0.2.1]}) are not accepted. Canonical form: the trimmed address
 * with its domain lower-cased; the local part keeps its case.
 */
public final class EmailAddresses {
  /** The error code of every rejected address. */
  static final String EXPECTED = "an email address (e.g. ana@example.com)";

  private static final int MIN_LENGTH = 4;
  private static final int MAX_LENGTH = 255;
  private static final int MAX_LOCAL_LENGTH = 64;
  private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final Pattern DOT_ATOM = Pattern.compile(ATEXT + "(?:\\." + ATEXT + ")*");

  private EmailAddresses() {}

  /**
   * Validates an email address and returns its canonical form.
   *
   * @param raw the address as sent; must not be null
   * @return the trimmed address with its domain lower-cased
   * @throws InvalidValueException with code {@value #INVALID_EMAIL} when it is not a valid address
   *     of 4 to 255 characters
   * @throws NullPointerException when {@code raw} is null
   */
  public static String canonicalize(String raw) {
    Objects.requireNonNull(raw, "raw");
    String address = raw.strip();
    int length = address.codePointCount(0, address.length());
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw new InvalidValueException(
          INVALID_EMAIL,
          ValueFormat.quote(raw)
              + " is not an email address: expected "
              + EXPECTED
              + " of 4 to 255 characters");
    }
    int at = address.lastIndexOf('@');
    if (at <= 0 || at == address.length() - 1) {
      throw notAnAddress(raw);
    }
    String local = address.substring(0, at);
    String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
    if (local.length() > MAX_LOCAL_LENGTH
        || !DOT_ATOM.matcher(local).matches()
        || !DomainNames.isValid(domain)) {
      throw notAnAddress(raw);
    }
    return local + "@" + domain;
  }

  private static InvalidValueException notAnAddress(String raw) {
    return new InvalidValueException(
        INVALID_EMAIL, ValueFormat.quote(raw) + " is not an email address: expected " + EXPECTED);
  }
}
