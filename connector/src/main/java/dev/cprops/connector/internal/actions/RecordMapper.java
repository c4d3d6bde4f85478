package dev.cprops.connector.internal.actions;

import dev.cprops.connector.internal.fields.MappingResult;
import java.util.Map;

/** Maps one input record (e.g. a CRM row) onto the customer's fields and properties. */
@FunctionalInterface
public interface RecordMapper {
  /** The mapped values, raw (not yet coerced). */
  MappingResult map(Map<String, ?> record);
}
