package dev.cprops.mock.values;

import java.net.IDN;
import java.util.regex.Pattern;

/**
 * Public DNS names as email domains and URL hosts use them: at least two labels of letters, digits
 * and inner hyphens, at most 253 characters in ASCII form, ending in an alphabetic top-level label
 * (or a punycode one). Internationalized names are checked through their IDNA ASCII form.
 */
final class DomainNames {
  private static final int MAX_LENGTH = 253;
  private static final Pattern CHARACTERS = Pattern.compile("[\\p{L}\\p{M}\\p{N}.-]+");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern TOP_LEVEL_LABEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

  private DomainNames() {}

  /** Whether {@code name}, already lower-cased, is a public DNS name. */
  static boolean isValid(String name) {
    if (!CHARACTERS.matcher(name).matches()) {
      return false;
    }
    String ascii;
    try {
      ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (ascii.length() > MAX_LENGTH) {
      return false;
    }
    String[] labels = ascii.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return TOP_LEVEL_LABEL.matcher(labels[labels.length - 1]).matches();
  }
}
