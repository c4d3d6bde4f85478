package dev.cprops.recipes.connections;

/**
 * A connection could not be made (missing values, unreadable connections file); no secrets in the
 * message.
 */
public class ConnectionException extends RuntimeException {
  public ConnectionException(String message) {
    super(message);
  }

  public ConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
