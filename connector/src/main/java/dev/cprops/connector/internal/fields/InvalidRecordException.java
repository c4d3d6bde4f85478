package dev.cprops.connector.internal.fields;

import dev.cprops.connector.spi.InputException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A record with one or more values that cannot be used. An {@link InputException} (never retried)
 * whose field, value and expected form are those of the first error, and whose message lists them
 * all: {@code "2 invalid values: meta.mrr: '12abc' is not valid; expected ...; meta.country: ..."}.
 */
public final class InvalidRecordException extends InputException {
  private final List<InputException> errors;

  /**
   * @param errors at least one error
   */
  public InvalidRecordException(List<InputException> errors) {
    super(first(errors).field(), first(errors).value(), first(errors).expected());
    this.errors = List.copyOf(errors);
  }

  private static InputException first(List<InputException> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid record has at least one error");
    }
    return errors.get(0);
  }

  /** Every error of the record, in field order. */
  public List<InputException> errors() {
    return errors;
  }

  @Override
  public String getMessage() {
    if (errors.size() == 1) {
      return errors.get(0).getMessage();
    }
    return errors.size()
        + " invalid values: "
        + errors.stream().map(InputException::getMessage).collect(Collectors.joining("; "));
  }
}
