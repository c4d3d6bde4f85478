package dev.cprops.mock.http;

import java.util.function.UnaryOperator;

/**
 * Tells, from the path and headers alone, whether a request carries the credentials its route
 * needs, so the {@link FrontDoor} reads no body of a request the API will refuse anyway.
 */
@FunctionalInterface
public interface CredentialCheck {
  /** Admits every request: for servers whose routes need no credentials. */
  CredentialCheck NONE = (path, headers) -> true;

  /**
   * @param path the raw path, as the routes see it
   * @param headers the first value of a header by name, or null
   * @return true when the credentials are valid for the path (or the path needs none)
   */
  boolean admits(String path, UnaryOperator<String> headers);
}
