package dev.cprops.mock.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;

/**
 * One open {@code text/event-stream} answer: writes one event at a time (Jetty allows a single
 * pending write), gives up on a client that takes more than {@value #WRITE_TIMEOUT_SECONDS} s to
 * take one, and completes the exchange when the client has gone.
 */
final class EventStream implements EventStreamRoute.EventSink {
  private static final long WRITE_TIMEOUT_SECONDS = 5;

  private final Response response;
  private final Callback exchange;
  private boolean open = true;

  private EventStream(Response response, Callback exchange) {
    this.response = response;
    this.exchange = exchange;
  }

  /** Starts the answer: status, headers, and a first comment so the client sees it is open. */
  static EventStream open(Response response, Callback exchange) {
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream;charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    EventStream stream = new EventStream(response, exchange);
    stream.send(null);
    return stream;
  }

  @Override
  public synchronized boolean send(String name) {
    if (!open) {
      return false;
    }
    String text = name == null ? ": open\n\n" : "event: " + name + "\ndata:\n\n";
    FutureCallback written = new FutureCallback();
    response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), written);
    try {
      written.get(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close(e);
      return false;
    } catch (Exception e) {
      close(e);
      return false;
    }
  }

  private void close(Throwable cause) {
    open = false;
    exchange.failed(cause);
  }
}
