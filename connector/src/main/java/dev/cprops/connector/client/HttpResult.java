package dev.cprops.connector.client;

import okhttp3.Headers;

/**
 * One answer, read whole (so a connection that drops mid-body fails the attempt, not the caller).
 *
 * @param status the HTTP status
 * @param reason the status line's reason phrase; may be empty
 * @param headers the response headers
 * @param body the body bytes; empty when there was none
 */
record HttpResult(int status, String reason, Headers headers, byte[] body) {
  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }
}
