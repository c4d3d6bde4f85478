package dev.cprops.mock.bench;

import java.io.Closeable;
import java.io.IOException;

/** One client connection of the load generator: sends a request, waits for the whole answer. */
interface HttpConnection extends Closeable {
  /**
   * Sends one request and reads the complete response, discarding its body.
   *
   * @param body the request body, or null for none
   * @return the response's status code
   */
  int exchange(String method, String path, byte[] body) throws IOException;
}
