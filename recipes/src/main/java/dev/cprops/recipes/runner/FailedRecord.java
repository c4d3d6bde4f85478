package dev.cprops.recipes.runner;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record a step could not handle: the input it was given, and why.
 *
 * @param step the step's id
 * @param record the record as the step received it (a CSV row, an event, a batch element)
 * @param field the field at fault, or null when the whole record failed
 * @param value the value at fault, or null
 * @param reason what went wrong, one line
 */
public record FailedRecord(String step, Object record, String field, Object value, String reason) {

  /** This failure as a step output element: {@code step, field, value, reason, record}. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("step", step);
    map.put("field", field);
    map.put("value", value);
    map.put("reason", reason);
    map.put("record", record);
    return map;
  }
}
