package dev.cprops.connector.internal.fields;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A configured date input pattern, compiled once. Purely numeric patterns made of {@code
 * yyyy}/{@code uuuu}, {@code MM}/{@code M}, {@code dd}/{@code d} and separators (e.g. {@code
 * MM/dd/yyyy}, {@code dd.MM.yyyy}) are parsed by a hand-written scanner that accepts one or two
 * digits for the month and day ({@code 3/5/2024}); any other pattern falls back to a strict {@link
 * DateTimeFormatter}. Immutable and thread-safe.
 */
final class DatePattern {
  private static final LocalDate SAMPLE = LocalDate.of(2024, 11, 23);

  private final String pattern;

  /** Scanner tokens: 'y', 'M', 'd' for fields, any other char for a literal; null if fallback. */
  private final char[] tokens;

  private final DateTimeFormatter formatter;

  private DatePattern(String pattern, char[] tokens, DateTimeFormatter formatter) {
    this.pattern = pattern;
    this.tokens = tokens;
    this.formatter = formatter;
  }

  /** Compiles a pattern; throws {@link IllegalArgumentException} if it is not a whole date. */
  static DatePattern compile(String pattern) {
    if (pattern == null || pattern.isBlank()) {
      throw new IllegalArgumentException("datePatterns: a pattern must not be blank");
    }
    DateTimeFormatter formatter;
    try {
      formatter =
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern(pattern)
              .parseDefaulting(ChronoField.ERA, 1)
              .toFormatter(Locale.ENGLISH)
              .withResolverStyle(ResolverStyle.STRICT);
      if (!LocalDate.parse(SAMPLE.format(formatter), formatter).equals(SAMPLE)) {
        throw new IllegalArgumentException("it does not read back the date it writes");
      }
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new IllegalArgumentException(
          "datePatterns: '"
              + pattern
              + "' is not a date pattern such as MM/dd/yyyy ("
              + e.getMessage()
              + ")",
          e);
    }
    return new DatePattern(pattern, scannerTokens(pattern), formatter);
  }

  String pattern() {
    return pattern;
  }

  /** The date as {@code yyyy * 10000 + MM * 100 + dd}, or -1 if the text does not match. */
  int parse(String text) {
    return tokens != null ? scan(text) : parseWithFormatter(text);
  }

  private int scan(String text) {
    int pos = 0;
    int n = text.length();
    int year = -1;
    int month = -1;
    int day = -1;
    for (char token : tokens) {
      if (token == 'y' || token == 'M' || token == 'd') {
        int maxDigits = token == 'y' ? 4 : 2;
        int start = pos;
        int value = 0;
        while (pos < n && pos - start < maxDigits) {
          char c = text.charAt(pos);
          if (c < '0' || c > '9') {
            break;
          }
          value = value * 10 + (c - '0');
          pos++;
        }
        int digits = pos - start;
        if (token == 'y') {
          if (digits != 4) {
            return -1;
          }
          year = value;
        } else if (digits == 0) {
          return -1;
        } else if (token == 'M') {
          month = value;
        } else {
          day = value;
        }
      } else {
        if (pos >= n || text.charAt(pos) != token) {
          return -1;
        }
        pos++;
      }
    }
    if (pos != n) {
      return -1;
    }
    return IsoDates.valid(year, month, day) ? IsoDates.pack(year, month, day) : -1;
  }

  private int parseWithFormatter(String text) {
    try {
      LocalDate date = LocalDate.parse(text, formatter);
      return IsoDates.pack(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    } catch (DateTimeException e) {
      return -1;
    }
  }

  /** Tokens for the scanner, or null when the pattern needs a DateTimeFormatter. */
  private static char[] scannerTokens(String pattern) {
    List<Character> tokens = new ArrayList<>();
    boolean year = false;
    boolean month = false;
    boolean day = false;
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int run = 1;
      while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
        run++;
      }
      if ((c == 'y' || c == 'u') && run == 4 && !year) {
        tokens.add('y');
        year = true;
      } else if (c == 'M' && run <= 2 && !month) {
        tokens.add('M');
        month = true;
      } else if (c == 'd' && run <= 2 && !day) {
        tokens.add('d');
        day = true;
      } else if (Character.isLetter(c) || c == '\'' || c == '[' || c == ']' || c == '#') {
        return null;
      } else {
        for (int k = 0; k < run; k++) {
          tokens.add(c);
        }
      }
      i += run;
    }
    if (!(year && month && day)) {
      return null;
    }
    char[] result = new char[tokens.size()];
    for (int k = 0; k < result.length; k++) {
      result[k] = tokens.get(k);
    }
    return result;
  }
}
