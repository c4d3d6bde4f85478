package dev.cprops.connector.internal.fields;

/** Allocation-free checks and formatting of calendar dates packed as {@code yyyyMMdd} ints. */
final class IsoDates {
  private IsoDates() {}

  static boolean valid(int year, int month, int day) {
    return year >= 1
        && year <= 9999
        && month >= 1
        && month <= 12
        && day >= 1
        && day <= lengthOfMonth(year, month);
  }

  static int pack(int year, int month, int day) {
    return year * 10000 + month * 100 + day;
  }

  static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return leap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  private static boolean leap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /**
   * Reads {@code YYYY-MM-DD} at the start of {@code text}; returns the packed date, or -1 when the
   * first ten characters are not a valid ISO date.
   */
  static int parseIsoPrefix(CharSequence text) {
    if (text.length() < 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return -1;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0 || !valid(year, month, day)) {
      return -1;
    }
    return pack(year, month, day);
  }

  /** The non-negative value of {@code count} ASCII digits at {@code from}, or -1. */
  static int digits(CharSequence text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  static String format(int packed) {
    int year = packed / 10000;
    int month = packed / 100 % 100;
    int day = packed % 100;
    char[] out = new char[10];
    out[0] = (char) ('0' + year / 1000);
    out[1] = (char) ('0' + year / 100 % 10);
    out[2] = (char) ('0' + year / 10 % 10);
    out[3] = (char) ('0' + year % 10);
    out[4] = '-';
    out[5] = (char) ('0' + month / 10);
    out[6] = (char) ('0' + month % 10);
    out[7] = '-';
    out[8] = (char) ('0' + day / 10);
    out[9] = (char) ('0' + day % 10);
    return new String(out);
  }
}
