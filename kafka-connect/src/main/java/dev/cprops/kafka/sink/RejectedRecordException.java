package dev.cprops.kafka.sink;

import org.apache.kafka.connect.errors.DataException;

/**
 * A record the connector refused for its own data (a bad value, an unknown column in strict mode, a
 * property the connection may not write): what goes to the dead-letter queue, with the field at
 * fault and the reason.
 */
public final class RejectedRecordException extends DataException {
  private final String field;
  private final String reason;

  /**
   * @param field the field at fault, e.g. {@code meta.mrr}; empty when the whole record is at fault
   * @param reason why, naming the value and what was expected
   */
  public RejectedRecordException(String field, String reason) {
    super(field == null || field.isEmpty() ? reason : field + ": " + reason);
    this.field = field == null ? "" : field;
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }
}
