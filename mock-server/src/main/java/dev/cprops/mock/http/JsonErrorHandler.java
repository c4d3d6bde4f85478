package dev.cprops.mock.http;

import dev.cprops.mock.api.ApiResponse;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to a request it cannot parse (a URI or header too long, a NUL or a bad escape in
 * the path, a broken chunked body...), as JSON in the API's error shape for every method, never an
 * HTML page. The message is the status's reason, plus Jetty's own reason when it names the fault
 * (e.g. "Illegal character CNTL=0x0"); never an exception's text.
 */
final class JsonErrorHandler extends ErrorHandler {
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
    byte[] body = ErrorBodies.of(path, code, describe(code, message, cause));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, ApiResponse.JSON);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  static String describe(int code, String message, Throwable cause) {
    String reason = HttpStatus.getMessage(code);
    if (code >= 500) {
      return "Internal server error";
    }
    boolean plain =
        message != null
            && !message.equals(reason)
            && message.length() <= 200
            && !message.contains("Exception")
            && cause == null
            && AdminErrorBodies.withoutJavaNames(message).equals(message);
    return plain ? reason + ": " + message : reason;
  }
}
