package dev.cprops.mock.portal;

import dev.cprops.mock.http.EventStreamRoute;
import dev.cprops.mock.webhooks.WebhookStats;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The developer panels' live updates as server-sent events on {@value #PATH} (vendor sessions
 * only): {@code deliveries} when a webhook delivery was made, queued or gave up, {@code requests}
 * when the request log grew, and both once when a stream opens (for what changed since the page was
 * rendered). The page reloads just that part. One daemon thread looks for changes every {@value
 * #CHECK_MILLIS} ms while anyone listens, and keeps idle streams open with a comment.
 */
final class PortalEvents implements EventStreamRoute {
  static final String PATH = "/developer/events";
  private static final long CHECK_MILLIS = 250;
  private static final long KEEP_ALIVE_MILLIS = 15_000;

  private final Sessions sessions;
  private final PortalBackend backend;
  private final RequestLog requestLog;
  private final List<EventSink> sinks = new CopyOnWriteArrayList<>();
  private ScheduledExecutorService checker;
  private WebhookStats deliveries;
  private long requests = -1;
  private long quietSince = System.currentTimeMillis();

  PortalEvents(Sessions sessions, PortalBackend backend, RequestLog requestLog) {
    this.sessions = sessions;
    this.backend = backend;
    this.requestLog = requestLog;
  }

  @Override
  public String path() {
    return PATH;
  }

  @Override
  public boolean admits(Function<String, String> headers) {
    PortalRequest request = PortalRequest.of("GET", PATH, null, null, headers);
    return sessions.find(request).filter(Session::vendor).isPresent();
  }

  @Override
  public synchronized void subscribe(EventSink sink) {
    // What changed between rendering the page and opening the stream would otherwise be missed.
    if (!sink.send("deliveries") || !sink.send("requests")) {
      return;
    }
    sinks.add(sink);
    if (checker == null) {
      checker =
          Executors.newSingleThreadScheduledExecutor(
              task -> {
                Thread thread = new Thread(task, "portal-events");
                thread.setDaemon(true);
                return thread;
              });
      checker.scheduleWithFixedDelay(this::check, 0, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  private void check() {
    try {
      WebhookStats nowDeliveries = backend.webhooks().stats();
      long nowRequests = requestLog.sequence();
      boolean first = requests < 0;
      if (!first && !Objects.equals(nowDeliveries, deliveries)) {
        publish("deliveries");
      }
      if (!first && nowRequests != requests) {
        publish("requests");
      }
      deliveries = nowDeliveries;
      requests = nowRequests;
      if (System.currentTimeMillis() - quietSince > KEEP_ALIVE_MILLIS) {
        publish(null);
      }
    } catch (RuntimeException e) {
      // A failed look is retried on the next tick; the thread must not die.
    }
  }

  private void publish(String event) {
    quietSince = System.currentTimeMillis();
    sinks.removeIf(sink -> !sink.send(event));
  }
}
