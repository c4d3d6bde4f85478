package dev.cprops.mock.json;

import dev.cprops.mock.errors.ErrorCode;

/**
 * A request body that is not acceptable JSON: malformed, nested too deep, a duplicate object key,
 * or a number too large to hold. {@link #code()} is the machine-readable reason; the message names
 * the JSON path.
 */
public final class JsonSyntaxException extends Exception {
  private final ErrorCode code;

  JsonSyntaxException(ErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
