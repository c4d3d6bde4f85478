package dev.cprops.connector.spi;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * A request never got an answer: the connection was refused, the host is unknown, the TLS handshake
 * failed, or the server did not answer in time. The message is one line saying which, and what to
 * do: {@code "GET http://h:1/x: cannot connect to h:1 (connection refused): is the server running,
 * and are the host and port right?"}. Only refusals and timeouts are {@link #retryable()}: an
 * unknown host or a TLS failure fails the same way next time.
 */
public class UnreachableException extends TransientException {
  private static final long serialVersionUID = 1L;

  /** Why the server could not be reached. */
  public enum Reason {
    REFUSED,
    UNKNOWN_HOST,
    TLS,
    TIMEOUT,
    NETWORK
  }

  private final Reason reason;

  private UnreachableException(String message, IOException cause, int attempts, Reason reason) {
    super(message, cause, attempts);
    this.reason = reason;
  }

  /**
   * The failure of a request that got no answer.
   *
   * @param request the request as messages show it, e.g. {@code "GET https://host/path"}
   * @param uri where it went (for the host and port)
   * @param failure what the HTTP client threw
   * @param attempts how many times it was sent
   * @param timeout the time allowed for an answer, or {@code null} when unknown
   * @param timeoutAdvice what the user can change about it, e.g. {@code "raise timeout_seconds"},
   *     or {@code null}
   */
  public static UnreachableException of(
      String request,
      URI uri,
      IOException failure,
      int attempts,
      Duration timeout,
      String timeoutAdvice) {
    Reason reason = reason(failure);
    String server = server(uri);
    String what =
        switch (reason) {
          case UNKNOWN_HOST ->
              "unknown host '"
                  + uri.getHost()
                  + "': check the URL (or the connection's base_url) for a typo";
          case REFUSED ->
              "cannot connect to "
                  + server
                  + " (connection refused): is the server running, and are the host and port"
                  + " right?";
          case TLS ->
              "TLS handshake with "
                  + server
                  + " failed ("
                  + detail(failure, SSLException.class)
                  + "): the server may not speak https on this port (try http://), or its"
                  + " certificate is not trusted";
          case TIMEOUT ->
              (failure instanceof HttpConnectTimeoutException
                      ? "could not connect to " + server
                      : "no answer from " + server)
                  + (timeout == null ? " in time" : " within " + seconds(timeout))
                  + ": the server is slow or stuck; try again later"
                  + (timeoutAdvice == null ? "" : ", or " + timeoutAdvice);
          case NETWORK ->
              "the connection to "
                  + server
                  + " failed ("
                  + detail(failure, IOException.class)
                  + "); try again later";
        };
    String tries = attempts > 1 ? " (" + attempts + " attempts)" : "";
    return new UnreachableException(request + ": " + what + tries, failure, attempts, reason);
  }

  /** Why the server could not be reached. */
  public Reason reason() {
    return reason;
  }

  @Override
  public boolean retryable() {
    return reason != Reason.UNKNOWN_HOST && reason != Reason.TLS;
  }

  /** Classifies an HTTP client's failure by walking its causes. */
  public static Reason reason(Throwable failure) {
    if (has(failure, UnknownHostException.class)
        || has(failure, UnresolvedAddressException.class)) {
      return Reason.UNKNOWN_HOST;
    }
    if (has(failure, SSLException.class)) {
      return Reason.TLS;
    }
    if (has(failure, HttpTimeoutException.class)
        || has(failure, SocketTimeoutException.class)
        || (failure instanceof InterruptedIOException && "timeout".equals(failure.getMessage()))) {
      return Reason.TIMEOUT;
    }
    if (has(failure, ConnectException.class) || has(failure, NoRouteToHostException.class)) {
      return Reason.REFUSED;
    }
    return Reason.NETWORK;
  }

  private static boolean has(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static String detail(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t) && t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getMessage();
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return failure.getClass().getSimpleName();
  }

  private static String server(URI uri) {
    int port = uri.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
    return uri.getHost() + ":" + port;
  }

  private static String seconds(Duration timeout) {
    long millis = timeout.toMillis();
    return millis % 1000 == 0
        ? millis / 1000 + " s"
        : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
