package dev.cprops.connector.internal.fields;

import dev.cprops.connector.spi.InputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record's {@code meta} after coercion: the canonical values of the keys that coerced (nulls
 * included: they clear), and every error of the record, not just the first. Immutable.
 *
 * @param values canonical wire values by {@code api_name}, in input order; may hold nulls
 * @param errors one per key that could not be coerced, in input order
 */
public record CoercedMeta(Map<String, Object> values, List<InputException> errors) {
  public CoercedMeta {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    errors = List.copyOf(errors);
  }

  public boolean ok() {
    return errors.isEmpty();
  }

  /**
   * The values, if every key coerced.
   *
   * @throws InvalidRecordException carrying all the errors otherwise
   */
  public Map<String, Object> orThrow() {
    if (!errors.isEmpty()) {
      throw new InvalidRecordException(errors);
    }
    return values;
  }
}
