package dev.cprops.connector.actions;

import dev.cprops.connector.spi.InputException;
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
 * Reads typed values from an action's or trigger's input map. An absent key, a {@code null} and a
 * blank string count as "not given"; a value of the wrong kind throws an {@link InputException}
 * naming the field, the value and the expected form.
 */
public final class InputValues {
  private InputValues() {}

  /** The trimmed text of a field, or empty when not given. */
  public static Optional<String> string(Map<String, ?> input, String name) {
    Object value = input.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      throw new InputException(name, shown(value), "text");
    }
    String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** The trimmed text of a field that must be given. */
  public static String requiredString(Map<String, ?> input, String name, String expected) {
    return string(input, name).orElseThrow(() -> new InputException(name, null, expected));
  }

  /** A true/false field; {@code fallback} when not given. */
  public static boolean bool(Map<String, ?> input, String name, boolean fallback) {
    Object value = input.get(name);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    String text = value.toString().strip().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "" -> fallback;
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw new InputException(name, value.toString(), "true or false");
    };
  }

  /** A whole number in {@code [min, max]}; {@code fallback} when not given. */
  public static int integer(Map<String, ?> input, String name, int fallback, int min, int max) {
    Optional<String> text = string(input, name);
    if (text.isEmpty()) {
      return fallback;
    }
    String expected = "a whole number from " + min + " to " + max;
    try {
      BigDecimal number = new BigDecimal(text.get());
      int value = number.intValueExact();
      if (value < min || value > max) {
        throw new InputException(name, text.get(), expected);
      }
      return value;
    } catch (NumberFormatException | ArithmeticException e) {
      throw new InputException(name, text.get(), expected);
    }
  }

  /**
   * A point in time: an ISO-8601 date-time with offset ({@code 2024-03-15T10:00:00Z}), an ISO date
   * (midnight UTC), a {@link LocalDate}, an {@link Instant}, or epoch milliseconds.
   */
  public static Optional<Instant> instant(Map<String, ?> input, String name) {
    Object value = input.get(name);
    if (value instanceof Instant i) {
      return Optional.of(i);
    }
    if (value instanceof LocalDate d) {
      return Optional.of(d.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
    if (value instanceof OffsetDateTime t) {
      return Optional.of(t.toInstant());
    }
    if (value instanceof Number n) {
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
      throw new InputException(
          name, s, "an ISO-8601 date-time such as 2024-03-15T10:00:00Z, or a date 2024-03-15");
    }
  }

  /** An object field as a map; empty when not given. */
  public static Map<String, Object> object(Map<String, ?> input, String name) {
    Object value = input.get(name);
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new InputException(name, shown(value), "an object of named values");
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(String.valueOf(k), v));
    return copy;
  }

  /** A list of objects; empty when not given. */
  public static List<Map<String, Object>> objects(Map<String, ?> input, String name) {
    Object value = input.get(name);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw new InputException(name, shown(value), "a list of objects");
    }
    List<Map<String, Object>> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      if (!(item instanceof Map<?, ?>)) {
        throw new InputException(name + "[" + i + "]", shown(item), "an object");
      }
      out.add(object(Map.of("item", item), "item"));
    }
    return out;
  }

  /** A value as shown in messages, cut at 80 characters. */
  static String shown(Object value) {
    String text = String.valueOf(value);
    return text.length() <= 80 ? text : text.substring(0, 80) + "...";
  }
}
