package dev.cprops.mock.store;

import dev.cprops.mock.errors.ErrorCode;
import dev.cprops.mock.values.TextRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed access to the fields of a JSON request body, recording every problem in {@link Problems}
 * instead of failing at the first. A getter returns null when the field is absent, null, or
 * invalid; {@link #has(String)} tells these apart.
 *
 * <p><b>The rule for {@code null}</b>, the same for every resource, on creates and updates alike,
 * is applied here and nowhere else ({@link #rejectOthers}): a field accepts {@code null} only if
 * the resource can hold no value for it (the field is {@code nullable} in the OpenAPI document,
 * e.g. a customer's {@code name}). There {@code null} means "no value": on a create the same as
 * leaving the field out, on a PATCH it clears the field. Every other field refuses {@code null}
 * with {@code invalid_type}; leaving the field out is how to say "not given". ({@code meta} values
 * follow the same rule: any property can be without a value, so {@code null} clears one.)
 */
public final class BodyFields {
  private final Map<String, Object> body;
  private final Problems problems;

  public BodyFields(Map<String, Object> body, Problems problems) {
    this.body = body;
    this.problems = problems;
  }

  public Problems problems() {
    return problems;
  }

  public boolean has(String name) {
    return body.containsKey(name);
  }

  /**
   * Rejects every field not in {@code writable} ({@code readOnly} ones with a clearer code), and
   * {@code null} in every field not in {@code nullable}.
   */
  public void rejectOthers(Set<String> writable, Set<String> nullable, Set<String> readOnly) {
    for (Map.Entry<String, Object> field : body.entrySet()) {
      String name = field.getKey();
      if (readOnly.contains(name)) {
        problems.invalid(
            name, ErrorCode.READ_ONLY_FIELD, name + " is set by the server and cannot be written");
      } else if (!writable.contains(name)) {
        problems.invalid(
            name,
            ErrorCode.UNKNOWN_FIELD,
            "'" + name + "' is not a field of this resource: expected one of " + sorted(writable));
      } else if (field.getValue() == null && !nullable.contains(name)) {
        problems.invalid(
            name,
            ErrorCode.INVALID_TYPE,
            name + " cannot be null: send a value, or leave the field out");
      }
    }
  }

  /**
   * Records {@code required} when the field is absent ({@code null} is {@link #rejectOthers}'s).
   */
  public void require(String name) {
    if (!body.containsKey(name)) {
      problems.invalid(name, ErrorCode.REQUIRED, name + " is required");
    }
  }

  /**
   * A single-line string of {@code min..max} code points (a name, label, key or code): no control
   * character, no unpaired surrogate; null when absent, null or invalid.
   */
  String string(String name, int min, int max) {
    return string(name, min, max, false);
  }

  /** A string that may span lines: tab, line feed and carriage return are allowed in it. */
  String multiLineString(String name, int min, int max) {
    return string(name, min, max, true);
  }

  private String string(String name, int min, int max, boolean multiLine) {
    Object value = body.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String string)) {
      problems.invalid(
          name,
          ErrorCode.INVALID_TYPE,
          name + " must be a string, got " + ValueDescriptions.describe(value));
      return null;
    }
    int length = string.codePointCount(0, string.length());
    if (length < min) {
      problems.invalid(
          name,
          min == 1 ? ErrorCode.BLANK : ErrorCode.TOO_SHORT,
          name + " must have at least " + min + " characters, got " + length);
      return null;
    }
    if (length > max) {
      problems.invalid(
          name,
          ErrorCode.TOO_LONG,
          name + " must have at most " + max + " characters, got " + length);
      return null;
    }
    String unstorable = TextRules.unstorable(string, multiLine);
    if (unstorable != null) {
      problems.invalid(
          name,
          ErrorCode.INVALID_TEXT,
          name
              + " contains "
              + unstorable
              + ": expected "
              + (multiLine
                  ? "text without control characters other than tab and line breaks"
                  : "a single line of text without control characters"));
      return null;
    }
    return string;
  }

  Boolean bool(String name) {
    Object value = body.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Boolean bool)) {
      problems.invalid(
          name,
          ErrorCode.INVALID_TYPE,
          name + " must be true or false, got " + ValueDescriptions.describe(value));
      return null;
    }
    return bool;
  }

  Integer integer(String name, int min, int max) {
    Object value = body.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof BigDecimal number) || !isInteger(number)) {
      problems.invalid(
          name,
          ErrorCode.INVALID_TYPE,
          name + " must be an integer, got " + ValueDescriptions.describe(value));
      return null;
    }
    if (number.compareTo(BigDecimal.valueOf(min)) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      problems.invalid(
          name,
          ErrorCode.OUT_OF_RANGE,
          name + " must be between " + min + " and " + max + ", got " + number.toPlainString());
      return null;
    }
    return number.intValueExact();
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> object(String name) {
    Object value = body.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Map<?, ?>)) {
      problems.invalid(
          name,
          ErrorCode.INVALID_TYPE,
          name + " must be an object, got " + ValueDescriptions.describe(value));
      return null;
    }
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  List<Object> array(String name) {
    Object value = body.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof List<?>)) {
      problems.invalid(
          name,
          ErrorCode.INVALID_TYPE,
          name + " must be an array, got " + ValueDescriptions.describe(value));
      return null;
    }
    return (List<Object>) value;
  }

  private static boolean isInteger(BigDecimal number) {
    return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
  }

  private static String sorted(Set<String> names) {
    return String.join(", ", new java.util.TreeSet<>(names));
  }
}
