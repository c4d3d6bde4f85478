package dev.cprops.connector.spi;

import java.util.List;

/**
 * The credentials were rejected (HTTP 401), or a notification's signature did not verify. Not
 * retryable: the user must fix the connection.
 */
public class AuthException extends ApiException {
  public AuthException(int status, String message) {
    super(status, message, List.of());
  }
}
