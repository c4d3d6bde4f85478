package dev.cprops.mock.http;

import com.github.tomakehurst.wiremock.verification.RequestJournalDisabledException;
import dev.cprops.mock.api.ApiResponse;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error page of WireMock's servlets (admin and stubs) as JSON in the API's error shape, without
 * the exception: an exception escaping WireMock is logged here with its stack trace and answered
 * "Internal server error". WireMock's verification routes with the request journal off are a
 * refusal, not a failure: 409 saying how to turn the journal on.
 */
final class JsonServletErrorHandler extends ErrorHandler {
  private static final Logger LOG = LoggerFactory.getLogger(JsonServletErrorHandler.class);

  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateAcceptableResponse(
      ServletContextRequest baseRequest,
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      String message)
      throws IOException {
    Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    int status = code;
    String text;
    if (isJournalDisabled(cause)) {
      status = 409;
      text =
          "The request journal is off: start the server with --journal"
              + " (MockServer.Builder.journal(true)) to record requests and verify them";
    } else {
      if (cause != null && code >= 500) {
        LOG.error("Internal error on {} {}", request.getMethod(), request.getRequestURI(), cause);
      }
      text = JsonErrorHandler.describe(code, cause == null ? message : null, cause);
    }
    byte[] body = ErrorBodies.of(request.getRequestURI(), status, text);
    response.setStatus(status);
    response.setContentType(ApiResponse.JSON);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static boolean isJournalDisabled(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof RequestJournalDisabledException) {
        return true;
      }
    }
    return false;
  }
}
