package dev.cprops.connector.client;

import dev.cprops.connector.internal.json.JsonObject;
import dev.cprops.connector.internal.json.JsonTree;
import dev.cprops.connector.spi.ApiException;
import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.FieldError;
import dev.cprops.connector.spi.RateLimitException;
import dev.cprops.connector.spi.TransientException;
import dev.cprops.connector.spi.UnreachableException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The one place where failed requests become the SPI's exceptions. */
final class ErrorMapper {
  private ErrorMapper() {}

  /** The exception for a non-2xx final answer. */
  public static ConnectorException toException(Exchange exchange, List<String> secrets) {
    HttpResult result = exchange.result();
    int status = result.status();
    String label = exchange.label();
    ServerError error = ServerError.parse(result).scrub(secrets);
    if (status == 401) {
      return new AuthException(
          401, label + ": 401 " + error.message() + ": the credentials were rejected");
    }
    if (status == 429) {
      Duration retryAfter = RetryableAnswers.retryAfter(result).orElse(null);
      return new RateLimitException(
          label
              + ": 429 "
              + error.message()
              + " after "
              + attempts(exchange.attempts())
              + (retryAfter == null ? "" : " (Retry-After " + retryAfter.toSeconds() + "s)"),
          retryAfter,
          exchange.attempts());
    }
    String detail = label + ": " + status + " " + error.message() + fieldErrors(error.errors());
    ApiException api = new ApiException(status, detail, error.errors());
    if (status >= 500) {
      return new TransientException(
          label + ": " + status + " " + error.message() + " after " + attempts(exchange.attempts()),
          api,
          exchange.attempts());
    }
    return api;
  }

  /** The exception for a request whose every attempt failed in transport. */
  public static TransientException transportFailure(
      String label, URI uri, IOException e, int attempts) {
    return UnreachableException.of(label, uri, e, attempts, null, null);
  }

  private static String attempts(int attempts) {
    return attempts == 1 ? "1 attempt" : attempts + " attempts";
  }

  private static String fieldErrors(List<FieldError> errors) {
    if (errors.isEmpty()) {
      return "";
    }
    return errors.stream().map(FieldError::toString).collect(Collectors.joining("; ", " [", "]"));
  }

  /** The error envelope {@code {"message", "status", "errors": [{field, code, message}]}}. */
  record ServerError(String message, List<FieldError> errors) {
    /** The same error with every known secret value blanked (a server may echo what it got). */
    ServerError scrub(List<String> secrets) {
      return new ServerError(
          scrub(message, secrets),
          errors.stream()
              .map(e -> new FieldError(e.field(), e.code(), scrub(e.message(), secrets)))
              .toList());
    }

    private static String scrub(String text, List<String> secrets) {
      String safe = text;
      for (String secret : secrets) {
        safe = safe.replace(secret, "[redacted]");
      }
      return safe;
    }

    static ServerError parse(HttpResult result) {
      String fallback = result.reason().isBlank() ? "error" : result.reason();
      try {
        JsonObject root = JsonObject.root(JsonTree.parse(result.body()));
        String message = root.string("message");
        List<FieldError> errors = new ArrayList<>();
        for (JsonObject e : root.objects("errors")) {
          errors.add(new FieldError(e.string("field"), e.string("code"), e.string("message")));
        }
        return new ServerError(message == null || message.isBlank() ? fallback : message, errors);
      } catch (ConnectorException notAnEnvelope) {
        return new ServerError(fallback, List.of());
      }
    }
  }
}
