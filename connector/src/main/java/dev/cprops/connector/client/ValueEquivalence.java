package dev.cprops.connector.client;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares what was sent with what the server stored, allowing for the server's canonical forms
 * (e-mail case, {@code "1200"} stored as {@code "1200.00"}, {@code "US"} stored as {@code "United
 * States"}, {@code "true"} stored as {@code true}). Members the server added are ignored.
 */
final class ValueEquivalence {
  private ValueEquivalence() {}

  /** The paths where the stored record differs from the sent one, with both values. */
  static List<String> differences(Object sent, Object stored) {
    List<String> out = new ArrayList<>();
    compare("$", sent, stored, out);
    return out;
  }

  private static void compare(String path, Object sent, Object stored, List<String> out) {
    if (sent instanceof Map<?, ?> sentMap) {
      if (!(stored instanceof Map<?, ?> storedMap)) {
        out.add(path + ": sent an object but stored " + show(stored));
        return;
      }
      sentMap.forEach((k, v) -> compare(path + "." + k, v, storedMap.get(k), out));
    } else if (sent instanceof List<?> sentList) {
      if (!(stored instanceof List<?> storedList) || storedList.size() != sentList.size()) {
        out.add(path + ": sent " + show(sent) + " but stored " + show(stored));
        return;
      }
      for (int i = 0; i < sentList.size(); i++) {
        compare(path + "[" + i + "]", sentList.get(i), storedList.get(i), out);
      }
    } else if (!equivalent(sent, stored)) {
      out.add(path + ": sent " + show(sent) + " but stored " + show(stored));
    }
  }

  static boolean equivalent(Object sent, Object stored) {
    if (sent == null || stored == null) {
      return sent == stored || isBlank(sent) && isBlank(stored);
    }
    BigDecimal a = number(sent);
    BigDecimal b = number(stored);
    if (a != null && b != null) {
      return a.compareTo(b) == 0;
    }
    String s = sent.toString().trim();
    String t = stored.toString().trim();
    return s.equalsIgnoreCase(t) || countryName(s).equalsIgnoreCase(t);
  }

  private static boolean isBlank(Object value) {
    return value == null || value.toString().isBlank();
  }

  private static BigDecimal number(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    if (value instanceof String s) {
      try {
        return new BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static String countryName(String code) {
    if (code.length() != 2) {
      return code;
    }
    return new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
  }

  private static String show(Object value) {
    return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
  }
}
