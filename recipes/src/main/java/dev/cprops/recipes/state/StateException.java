package dev.cprops.recipes.state;

/** The state directory cannot be read or written. */
public class StateException extends RuntimeException {
  public StateException(String message, Throwable cause) {
    super(message, cause);
  }
}
