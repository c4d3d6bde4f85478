package dev.cprops.recipes.webhook;

/** The webhook receiver cannot listen (the address is taken or not local). */
public final class ReceiverException extends RuntimeException {
  public ReceiverException(String message, Throwable cause) {
    super(message, cause);
  }
}
