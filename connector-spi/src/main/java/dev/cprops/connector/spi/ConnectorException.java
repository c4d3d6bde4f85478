package dev.cprops.connector.spi;

/**
 * The root of every error a connector reports; unchecked. Subclasses say whether a retry can help
 * ({@link #retryable()}). Messages never contain secrets.
 */
public class ConnectorException extends RuntimeException {

  public ConnectorException(String message) {
    super(message);
  }

  public ConnectorException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether the same call may succeed if made again later; {@code false} unless overridden. */
  public boolean retryable() {
    return false;
  }
}
