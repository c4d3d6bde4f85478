package dev.cprops.connector.spi;

/**
 * A failure that may go away by itself: the connection broke, or the server kept answering 5xx,
 * after every retry. The cause is the last failure (an {@link java.io.IOException} or an {@link
 * ApiException} with the 5xx status). Retryable.
 */
public class TransientException extends ConnectorException {
  private final int attempts;

  public TransientException(String message, Throwable cause, int attempts) {
    super(message, cause);
    this.attempts = attempts;
  }

  /** How many requests were made. */
  public int attempts() {
    return attempts;
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
