package dev.cprops.mock.values;

import static dev.cprops.mock.errors.ErrorCode.INVALID_DATE;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The {@code date} type: exactly {@code YYYY-MM-DD} naming a real day of the years 0001 to 9999
 * ({@code 2024-02-29} yes, {@code 2023-02-29} no), stored unchanged. No times, no trimming.
 */
final class CalendarDates {
  static final String EXPECTED = "a date as YYYY-MM-DD (e.g. 2024-03-15)";

  private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private CalendarDates() {}

  static String canonicalize(Object raw) {
    String text = JsonKinds.requireString(raw, EXPECTED);
    if (!SHAPE.matcher(text).matches()) {
      throw new InvalidValueException(
          INVALID_DATE, ValueFormat.quote(text) + " is not a date: expected " + EXPECTED);
    }
    try {
      LocalDate date = LocalDate.parse(text, ISO_DATE);
      if (date.getYear() < 1) {
        throw new DateTimeParseException("year 0000", text, 0);
      }
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          INVALID_DATE, ValueFormat.quote(text) + " is not a real date: expected " + EXPECTED);
    }
    return text;
  }
}
