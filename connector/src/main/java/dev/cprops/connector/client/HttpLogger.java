package dev.cprops.connector.client;

/**
 * Receives the client's log lines, already redacted: no {@code Authorization} header, key or secret
 * ever reaches it. The default forwards to {@link System.Logger} {@code dev.cprops.connector.http}
 * at level {@code DEBUG}.
 */
@FunctionalInterface
public interface HttpLogger {

  /** The default: {@link System.Logger} at {@code DEBUG}. */
  HttpLogger SYSTEM =
      message ->
          System.getLogger("dev.cprops.connector.http").log(System.Logger.Level.DEBUG, message);

  /** Logs one line; must be thread-safe. */
  void log(String message);

  /** How much is logged. */
  enum Level {
    /** Nothing. */
    NONE,
    /** Request line, response status and duration. */
    BASIC,
    /** As {@link #BASIC}, plus headers (credentials redacted). */
    HEADERS,
    /** As {@link #HEADERS}, plus JSON bodies (secret-looking members redacted). */
    BODY
  }
}
