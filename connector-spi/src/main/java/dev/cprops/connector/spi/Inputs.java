package dev.cprops.connector.spi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads typed values out of an action's or trigger's input map, for connectors and platforms alike.
 *
 * <p>One rule for every reader: an absent key, a {@code null} and a blank string all mean "not
 * given", so the fallback applies (a blank form field or an empty CSV cell is not a value). A value
 * of the wrong kind throws an {@link InputException} naming the field, the value (cut at 80
 * characters) and the expected form. Thread-safe: static methods, no state.
 */
public final class Inputs {
  private static final int MAX_SHOWN = 80;

  private Inputs() {}

  /** Whether a value counts as not given: {@code null}, or a string of nothing but whitespace. */
  public static boolean absent(Object value) {
    return value == null || (value instanceof String s && s.isBlank());
  }

  /**
   * A value as text: {@code null} as {@code ""}, decimals in plain notation ({@code 1000}, never
   * {@code 1E+3}), maps and lists as compact JSON, anything else as its {@code toString()}.
   */
  public static String text(Object value) {
    if (value == null) {
      return "";
    } else if (value instanceof String s) {
      return s;
    } else if (value instanceof BigDecimal d) {
      return d.toPlainString();
    } else if (value instanceof Map || value instanceof Iterable || value instanceof Object[]) {
      return Json.compact(value);
    }
    return value.toString();
  }

  /** A value as an error message shows it: its {@link #text}, cut at 80 characters. */
  public static String shown(Object value) {
    String text = text(value);
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "...";
  }

  /** An {@link InputException} for a value; a {@code null} value reads as "required". */
  public static InputException invalid(String field, Object value, String expected) {
    return new InputException(field, value == null ? null : shown(value), expected);
  }

  /** The trimmed text of a field, or empty when not given. */
  public static Optional<String> string(Map<String, ?> input, String name) {
    Object value = input.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
      throw invalid(name, value, "text, not " + Json.kind(value));
    }
    String text = text(value).strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** The trimmed text of a field, or {@code fallback} when not given. */
  public static String string(Map<String, ?> input, String name, String fallback) {
    return string(input, name).orElse(fallback);
  }

  /**
   * The trimmed text of a field that must be given.
   *
   * @param expected what a valid value looks like, e.g. {@code "a customer key"}
   */
  public static String requiredString(Map<String, ?> input, String name, String expected) {
    return string(input, name).orElseThrow(() -> new InputException(name, null, expected));
  }

  /**
   * A true/false field: {@code true}/{@code false}, {@code yes}/{@code no} or {@code 1}/{@code 0}
   * in any case; {@code fallback} when not given.
   */
  public static boolean bool(Map<String, ?> input, String name, boolean fallback) {
    Object value = input.get(name);
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
      throw invalid(name, value, "true or false");
    }
    Optional<String> text = string(input, name);
    if (text.isEmpty()) {
      return fallback;
    }
    return switch (text.get().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw invalid(name, value, "true or false");
    };
  }

  /** A whole number in {@code [min, max]}; {@code fallback} when not given. */
  public static int integer(Map<String, ?> input, String name, int fallback, int min, int max) {
    Optional<String> text = string(input, name);
    if (text.isEmpty()) {
      return fallback;
    }
    String expected =
        max == Integer.MAX_VALUE
            ? "a whole number of at least " + min
            : "a whole number from " + min + " to " + max;
    try {
      int value = new BigDecimal(text.get()).intValueExact();
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // reported below
    }
    throw invalid(name, text.get(), expected);
  }

  /**
   * A point in time: an ISO-8601 date-time with offset ({@code 2024-03-15T10:00:00Z}), an ISO date
   * (midnight UTC), a {@link LocalDate}, an {@link Instant}, an {@link OffsetDateTime}, or epoch
   * milliseconds; empty when not given.
   */
  public static Optional<Instant> instant(Map<String, ?> input, String name) {
    Object value = input.get(name);
    if (value instanceof Instant i) {
      return Optional.of(i);
    } else if (value instanceof LocalDate d) {
      return Optional.of(d.atStartOfDay(ZoneOffset.UTC).toInstant());
    } else if (value instanceof OffsetDateTime t) {
      return Optional.of(t.toInstant());
    } else if (value instanceof Number n && !(value instanceof BigDecimal)) {
      return Optional.of(Instant.ofEpochMilli(n.longValue()));
    }
    Optional<String> text = string(input, name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String s = text.get();
    try {
      if (s.chars().allMatch(Character::isDigit)) {
        return Optional.of(Instant.ofEpochMilli(Long.parseLong(s)));
      }
      if (s.length() == 10) {
        return Optional.of(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      return Optional.of(OffsetDateTime.parse(s).toInstant());
    } catch (DateTimeParseException | NumberFormatException e) {
      throw invalid(
          name, s, "an ISO-8601 date-time such as 2024-03-15T10:00:00Z, or a date 2024-03-15");
    }
  }

  /** An object field as a map with text keys (a copy, in order); empty when not given. */
  public static Map<String, Object> object(Map<String, ?> input, String name) {
    Object value = input.get(name);
    if (absent(value)) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw invalid(name, value, "an object of named values, not " + Json.kind(value));
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(String.valueOf(k), v));
    return copy;
  }

  /** A list of objects; empty when not given. */
  public static List<Map<String, Object>> objects(Map<String, ?> input, String name) {
    Object value = input.get(name);
    if (absent(value)) {
      return List.of();
    }
    List<?> list = list(input, name);
    List<Map<String, Object>> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      if (!(item instanceof Map<?, ?>)) {
        throw invalid(name + "[" + i + "]", item, "an object, not " + Json.kind(item));
      }
      out.add(object(Map.of("item", item), "item"));
    }
    return out;
  }

  /** A list field that must be given. */
  public static List<?> list(Map<String, ?> input, String name) {
    Object value = input.get(name);
    if (value instanceof List<?> list) {
      return list;
    }
    if (value == null) {
      throw new InputException(name, null, "a list");
    }
    throw invalid(name, value, "a list, not " + Json.kind(value));
  }
}
