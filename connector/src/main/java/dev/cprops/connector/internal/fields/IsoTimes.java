package dev.cprops.connector.internal.fields;

/** Allocation-free checks of the time part of an ISO 8601 date-time. */
final class IsoTimes {
  private IsoTimes() {}

  /**
   * Whether {@code text[from..]} is {@code HH:mm[:ss[.fraction]]} followed by nothing, {@code Z},
   * or an offset {@code ±HH[:mm]} / {@code ±HHmm}.
   */
  static boolean validTimeSuffix(String text, int from) {
    int n = text.length();
    int i = from;
    if (!twoDigits(text, i, 23) || i + 5 > n || text.charAt(i + 2) != ':') {
      return false;
    }
    if (!twoDigits(text, i + 3, 59)) {
      return false;
    }
    i += 5;
    if (i < n && text.charAt(i) == ':') {
      if (!twoDigits(text, i + 1, 60)) {
        return false;
      }
      i += 3;
      if (i < n && (text.charAt(i) == '.' || text.charAt(i) == ',')) {
        int start = ++i;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        if (i == start || i - start > 9) {
          return false;
        }
      }
    }
    if (i == n) {
      return true;
    }
    char c = text.charAt(i);
    if (c == 'Z' || c == 'z') {
      return i + 1 == n;
    }
    if (c != '+' && c != '-') {
      return false;
    }
    i++;
    if (!twoDigits(text, i, 18)) {
      return false;
    }
    i += 2;
    if (i == n) {
      return true;
    }
    if (text.charAt(i) == ':') {
      i++;
    }
    return i + 2 == n && twoDigits(text, i, 59);
  }

  private static boolean twoDigits(String text, int at, int max) {
    if (at + 2 > text.length()) {
      return false;
    }
    int value = IsoDates.digits(text, at, 2);
    return value >= 0 && value <= max;
  }
}
