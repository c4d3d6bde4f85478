package dev.cprops.mock.http;

import dev.cprops.mock.api.ApiResponse;
import dev.cprops.mock.crm.Crm;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The JSON error bodies of answers given outside the routes (by the {@link FrontDoor} or an error
 * handler): in the CRM's shape under {@code /crm/}, else in the API's {@code {"message": ...,
 * "status": ...}}.
 */
final class ErrorBodies {
  private ErrorBodies() {}

  static byte[] of(String path, int status, String message) {
    ApiResponse response =
        path != null && path.startsWith(Crm.BASE_PATH + "/")
            ? Crm.error(status, message)
            : ApiResponse.error(status, message, List.of());
    return response.body();
  }

  /**
   * Answers with the error; {@code close} also closes the connection afterwards (for a request
   * whose body is left unread).
   */
  static void send(
      Response response,
      Callback callback,
      String path,
      int status,
      String message,
      boolean close) {
    byte[] body = of(path, status, message);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, ApiResponse.JSON);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    if (close) {
      response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    }
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
