package dev.cprops.connector.spi;

/**
 * One problem the server found with one field of a request.
 *
 * @param field the field's path, e.g. {@code "meta.mrr"}; may be empty for the whole request
 * @param code a machine-readable reason, e.g. {@code "invalid_number"}
 * @param message what a person reads
 */
public record FieldError(String field, String code, String message) {
  public FieldError {
    field = field == null ? "" : field;
    code = code == null ? "" : code;
    message = message == null ? "" : message;
  }

  @Override
  public String toString() {
    return field + ": " + message + " (" + code + ")";
  }
}
