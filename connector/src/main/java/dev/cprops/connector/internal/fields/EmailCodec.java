package dev.cprops.connector.internal.fields;

import dev.cprops.connector.client.PropertyType;
import java.util.Locale;

/**
 * An email address ({@code email}). The wire value is the trimmed address with its domain
 * lower-cased, as the API stores it.
 *
 * <p>Both modes trim surrounding spaces (the API does too) and check the address: an ASCII local
 * part of dot-separated atoms (at most 64 characters), an {@code @}, and a domain of at least two
 * labels ending in an alphabetic top-level domain; 255 characters at most. Lenient mode also
 * unwraps {@code mailto:ana@example.com} and {@code Ana Lima <ana@example.com>}, and reads a blank
 * as a clear. Quoted local parts and internationalised addresses are not accepted. Immutable and
 * thread-safe.
 */
public final class EmailCodec extends ScalarCodec {
  private static final String EXPECTED = "an email address such as ana@example.com";
  private static final String ATEXT = "!#$%&'*+/=?^_`{|}~-";

  public EmailCodec(CoercionSettings settings) {
    super(PropertyType.EMAIL, settings);
  }

  @Override
  public String expected() {
    return EXPECTED;
  }

  @Override
  Object coerce(String field, Object mapped) {
    if (mapped instanceof String s) {
      String address = CodecText.trim(s);
      if (lenient) {
        address = unwrap(address);
      }
      int at = address.lastIndexOf('@');
      if (address.length() <= 255
          && at > 0
          && validLocal(address, at)
          && validDomain(address, at)) {
        return lowerDomain(address, at);
      }
    }
    return null;
  }

  @Override
  public Object fromApi(Object apiValue) {
    return apiValue == null ? null : apiValue.toString();
  }

  private static String unwrap(String address) {
    if (address.endsWith(">")) {
      int open = address.lastIndexOf('<');
      if (open >= 0) {
        return CodecText.trim(address.substring(open + 1, address.length() - 1));
      }
    }
    if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
      return CodecText.trim(address.substring(7));
    }
    return address;
  }

  private static boolean validLocal(String s, int at) {
    if (at > 64 || s.charAt(0) == '.' || s.charAt(at - 1) == '.') {
      return false;
    }
    for (int i = 0; i < at; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (s.charAt(i - 1) == '.') {
          return false;
        }
      } else if (!alphanumeric(c) && ATEXT.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean validDomain(String s, int at) {
    int n = s.length();
    int labelStart = at + 1;
    int labels = 0;
    if (labelStart >= n) {
      return false;
    }
    for (int i = labelStart; i <= n; i++) {
      if (i == n || s.charAt(i) == '.') {
        int length = i - labelStart;
        if (length < 1 || length > 63 || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
          return false;
        }
        labels++;
        if (i == n) {
          return labels >= 2 && length >= 2 && alphabetic(s, labelStart, n);
        }
        labelStart = i + 1;
      } else {
        char c = s.charAt(i);
        if (!alphanumeric(c) && c != '-') {
          return false;
        }
      }
    }
    return false;
  }

  private static boolean alphabetic(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean alphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static String lowerDomain(String s, int at) {
    for (int i = at + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return s.substring(0, at + 1) + s.substring(at + 1).toLowerCase(Locale.ROOT);
      }
    }
    return s;
  }
}
