package dev.cprops.mock.values;

import dev.cprops.mock.errors.ErrorCode;

/**
 * A property value that the API does not accept. {@code code} is the machine-readable error code of
 * the error envelope (e.g. {@code invalid_country}); the message names the value and the expected
 * form, e.g. {@code "'Narnia' is not a country: expected an ISO 3166-1 alpha-2 code (e.g. US) or a
 * full English country name (e.g. United States)"}.
 */
public final class InvalidValueException extends RuntimeException {
  private final ErrorCode code;

  public InvalidValueException(ErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
