package dev.cprops.connector.internal.fields;

import dev.cprops.connector.spi.InputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link AutoMapper} made of one record. Values are raw (coerce them with {@link
 * MetaCoercer}); a column whose value is null maps to null, which clears. Immutable.
 *
 * @param customer values for the customer's own fields, in record order
 * @param meta values for properties, keyed by {@code api_name}, in record order
 * @param unmapped columns that matched nothing (or several properties equally), in record order
 * @param conflicts targets that several columns matched
 */
public record MappingResult(
    Map<ReservedField, Object> customer,
    Map<String, Object> meta,
    List<String> unmapped,
    List<MappingConflict> conflicts) {

  public MappingResult {
    customer = Collections.unmodifiableMap(new LinkedHashMap<>(customer));
    meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    unmapped = List.copyOf(unmapped);
    conflicts = List.copyOf(conflicts);
  }

  /**
   * One input error per unresolved conflict: the record cannot say which column holds the value.
   */
  public List<InputException> errors() {
    List<InputException> errors = new ArrayList<>();
    for (MappingConflict conflict : conflicts) {
      if (!conflict.resolved()) {
        errors.add(
            new InputException(
                conflict.target(),
                String.join(", ", conflict.sourceKeys()),
                "exactly one column for it; map one explicitly"));
      }
    }
    return errors;
  }
}
