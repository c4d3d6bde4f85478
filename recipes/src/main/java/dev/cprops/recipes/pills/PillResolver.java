package dev.cprops.recipes.pills;

import dev.cprops.connector.spi.Inputs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces the data pills in a step's input with values from a scope.
 *
 * <p>A string that is exactly one pill takes the pill's value with its type (a list stays a list, a
 * number a {@code BigDecimal}, {@code null} stays {@code null}); pills inside a larger string are
 * interpolated as text ({@link dev.cprops.connector.spi.Inputs#text}). Maps and lists are resolved
 * recursively. An optional pill ({@code {{trigger.phone?}}}) that finds nothing leaves its key out
 * when it is the whole value and reads as {@code ""} inside a string; any other pill that finds
 * nothing is a {@link PillException}. Stateless and thread-safe.
 */
public final class PillResolver {
  private static final Object ABSENT = new Object();

  private PillResolver() {}

  /**
   * Resolves every value of an input map.
   *
   * @param stepId the step, for error messages
   * @throws PillException if a pill points nowhere
   * @throws PillSyntaxException if a pill is malformed
   */
  public static Map<String, Object> resolveInput(
      Map<String, Object> input, PillScope scope, String stepId) {
    Map<String, Object> resolved = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : input.entrySet()) {
      Object value = resolve(entry.getValue(), scope, stepId, entry.getKey());
      if (value != ABSENT) {
        resolved.put(entry.getKey(), value);
      }
    }
    return resolved;
  }

  /**
   * Resolves one value; {@code field} names it in error messages.
   *
   * @return the resolved value; for an optional pill that found nothing, {@code null}
   */
  public static Object resolveValue(Object value, PillScope scope, String stepId, String field) {
    Object resolved = resolve(value, scope, stepId, field);
    return resolved == ABSENT ? null : resolved;
  }

  private static Object resolve(Object value, PillScope scope, String stepId, String field) {
    if (value instanceof String text) {
      return resolveString(text, scope, stepId, field);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> resolved = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        Object child = resolve(entry.getValue(), scope, stepId, field + "." + key);
        if (child != ABSENT) {
          resolved.put(key, child);
        }
      }
      return resolved;
    }
    if (value instanceof List<?> list) {
      List<Object> resolved = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        Object child = resolve(list.get(i), scope, stepId, field + "[" + i + "]");
        if (child != ABSENT) {
          resolved.add(child);
        }
      }
      return resolved;
    }
    return value;
  }

  private static Object resolveString(String text, PillScope scope, String stepId, String field) {
    if (!PillParser.containsPill(text)) {
      return text;
    }
    Pill whole = PillParser.whole(text);
    if (whole != null) {
      return lookup(whole, scope, stepId, field);
    }
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (Pill pill : PillParser.findAll(text)) {
      int at = text.indexOf(pill.text(), from);
      out.append(text, from, at);
      Object value = lookup(pill, scope, stepId, field);
      out.append(value == ABSENT ? "" : Inputs.text(value));
      from = at + pill.text().length();
    }
    return out.append(text.substring(from)).toString();
  }

  private static Object lookup(Pill pill, PillScope scope, String stepId, String field) {
    try {
      return PillLookup.find(pill, scope);
    } catch (PillLookup.Missing missing) {
      if (pill.optional()) {
        return ABSENT;
      }
      throw new PillException(stepId, field, pill.text(), missing.getMessage());
    }
  }
}
