package dev.cprops.connector.internal.fields;

import dev.cprops.connector.client.PropertyType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A calendar date ({@code date}); the wire value is {@code YYYY-MM-DD}, the datapill a {@link
 * LocalDate}.
 *
 * <p>Lenient, trimmed; a blank clears:
 *
 * <ul>
 *   <li>an ISO date {@code 2024-03-15};
 *   <li>an ISO date-time ({@code 2024-03-15T23:30:00-05:00}, {@code 2024-03-15T10:00Z}, {@code
 *       2024-03-15 10:00:00}): the date as written, whatever the offset, because that is the day
 *       the source system shows; {@link LocalDateTime}, {@link OffsetDateTime} and {@link
 *       ZonedDateTime} objects likewise;
 *   <li>epoch milliseconds (a Java integer or a string of 12 or 13 digits, i.e. 1973 to 2286),
 *       {@link Instant} and {@link Date}: the date in UTC, since they carry no zone;
 *   <li>the settings' date patterns, e.g. {@code MM/dd/yyyy} (also {@code 3/5/2024}).
 * </ul>
 *
 * Strict: a {@code YYYY-MM-DD} string or a {@link LocalDate}. Impossible dates ({@code 2023-02-29})
 * are rejected, never adjusted. Immutable and thread-safe.
 */
public final class DateCodec extends ScalarCodec {
  private static final String STRICT_EXPECTED = "a date as YYYY-MM-DD";
  private static final long MIN_EPOCH_MS = 100_000_000_000L;
  private static final long MAX_EPOCH_MS = 9_999_999_999_999L;

  private final List<DatePattern> patterns;
  private final String expected;

  public DateCodec(CoercionSettings settings) {
    super(PropertyType.DATE, settings);
    this.patterns = settings.compiledDatePatterns();
    String configured =
        patterns.stream()
            .map(DatePattern::pattern)
            .map(p -> p + ", ")
            .collect(Collectors.joining());
    this.expected =
        lenient
            ? "a date as YYYY-MM-DD (or " + configured + "an ISO date-time or epoch milliseconds)"
            : STRICT_EXPECTED;
  }

  @Override
  public String expected() {
    return expected;
  }

  @Override
  Object coerce(String field, Object mapped) {
    if (mapped instanceof String s) {
      if (s.length() == 10 && IsoDates.parseIsoPrefix(s) >= 0) {
        return s;
      }
      if (lenient) {
        String text = CodecText.trim(s);
        int date = lenientDate(text);
        if (date >= 0) {
          return text.length() == 10
                  && text.charAt(4) == '-'
                  && IsoDates.parseIsoPrefix(text) == date
              ? text
              : IsoDates.format(date);
        }
      }
    } else if (mapped instanceof LocalDate date) {
      return date.toString();
    } else if (lenient) {
      LocalDate date = dateOf(mapped);
      if (date != null) {
        return date.toString();
      }
    }
    return null;
  }

  @Override
  public Object fromApi(Object apiValue) {
    if (apiValue == null || apiValue instanceof LocalDate) {
      return apiValue;
    }
    if (apiValue instanceof String s && s.length() == 10) {
      int date = IsoDates.parseIsoPrefix(s);
      if (date >= 0) {
        return LocalDate.of(date / 10000, date / 100 % 100, date % 100);
      }
    }
    throw new UnexpectedApiValueException("date", apiValue);
  }

  private int lenientDate(String text) {
    int n = text.length();
    int iso = IsoDates.parseIsoPrefix(text);
    if (iso >= 0) {
      if (n == 10) {
        return iso;
      }
      char separator = text.charAt(10);
      return (separator == 'T' || separator == 't' || separator == ' ')
              && IsoTimes.validTimeSuffix(text, 11)
          ? iso
          : -1;
    }
    if (n == 12 || n == 13) {
      long millis = epochDigits(text);
      if (millis >= 0) {
        return pack(Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC).toLocalDate());
      }
    }
    for (DatePattern pattern : patterns) {
      int date = pattern.parse(text);
      if (date >= 0) {
        return date;
      }
    }
    return -1;
  }

  private static long epochDigits(String text) {
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value >= MIN_EPOCH_MS ? value : -1;
  }

  private static LocalDate dateOf(Object value) {
    if (value instanceof LocalDateTime t) {
      return t.toLocalDate();
    }
    if (value instanceof OffsetDateTime t) {
      return t.toLocalDate();
    }
    if (value instanceof ZonedDateTime t) {
      return t.toLocalDate();
    }
    if (value instanceof Instant t) {
      return t.atOffset(ZoneOffset.UTC).toLocalDate();
    }
    if (value instanceof Date d) {
      return utc(d.getTime());
    }
    if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
      return epoch(((Number) value).longValue(), value);
    }
    if (value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
      return epoch(d.longValue(), value);
    }
    return null;
  }

  private static LocalDate epoch(long millis, Object original) {
    if (original instanceof BigInteger i && i.bitLength() > 63) {
      return null;
    }
    return millis >= MIN_EPOCH_MS && millis <= MAX_EPOCH_MS ? utc(millis) : null;
  }

  private static LocalDate utc(long millis) {
    return Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private static int pack(LocalDate date) {
    return IsoDates.pack(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }
}
