package dev.cprops.connector.spi;

import java.util.List;

/**
 * The app answered a request with an error status; carries the status, the server's message and its
 * field errors. Not retryable unless a subclass says so: the same request gets the same answer.
 */
public class ApiException extends ConnectorException {
  private final int status;
  private final List<FieldError> fieldErrors;

  /**
   * @param status the HTTP status, e.g. 400
   * @param message a message naming the request and the server's reason (never a secret)
   * @param fieldErrors the server's field errors; may be empty, never {@code null}
   */
  public ApiException(int status, String message, List<FieldError> fieldErrors) {
    super(message);
    this.status = status;
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public int status() {
    return status;
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /** Whether one of the field errors has that code, e.g. {@code "unknown_property"}. */
  public boolean hasErrorCode(String code) {
    return fieldErrors.stream().anyMatch(e -> e.code().equals(code));
  }
}
