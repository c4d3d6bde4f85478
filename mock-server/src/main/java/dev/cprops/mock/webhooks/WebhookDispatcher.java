package dev.cprops.mock.webhooks;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Sends signed deliveries and runs the delivery work off the API's threads. The JDK's HttpClient
 * posts asynchronously, so a target that is slow or never answers holds a connection but no thread:
 * two worker threads and one timer thread serve every webhook. Each attempt ends by the configured
 * timeout at the latest (connecting included; a body that never ends is cut off shortly after).
 */
final class WebhookDispatcher {
  /** How an attempt ended: an HTTP status, or an error when there was no answer. */
  record Outcome(Integer statusCode, String error, long durationMs) {
    boolean succeeded() {
      return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
  }

  /** An attempt in progress: its outcome (never failed exceptionally), and a way to abort it. */
  static final class Delivery {
    private final CompletableFuture<?> exchange;
    private final CompletableFuture<Outcome> outcome;

    private Delivery(CompletableFuture<?> exchange, CompletableFuture<Outcome> outcome) {
      this.exchange = exchange;
      this.outcome = outcome;
    }

    CompletableFuture<Outcome> outcome() {
      return outcome;
    }

    /** Aborts the exchange (its connection is closed); the outcome is then an error. */
    void cancel() {
      exchange.cancel(true);
    }
  }

  static final String USER_AGENT = "cprops-mock-server-webhooks/1";
  private static final int WORKERS = 2;
  private static final long BODY_GRACE_MILLIS = 1_000;

  private final WebhookSettings settings;
  private final LongSupplier wallClock;
  private final ThreadPoolExecutor workers;
  private final ScheduledThreadPoolExecutor timer;
  private HttpClient client; // created on first use, guarded by this

  WebhookDispatcher(WebhookSettings settings, LongSupplier wallClock) {
    this.settings = settings;
    this.wallClock = wallClock;
    this.workers =
        new ThreadPoolExecutor(
            WORKERS,
            WORKERS,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            daemonThreads("webhook-worker-"));
    this.workers.allowCoreThreadTimeOut(true);
    this.timer = new ScheduledThreadPoolExecutor(1, daemonThreads("webhook-timer-"));
    this.timer.setRemoveOnCancelPolicy(true);
    this.timer.setKeepAliveTime(30, TimeUnit.SECONDS);
    this.timer.allowCoreThreadTimeOut(true);
  }

  /** Runs a short task on a worker thread; dropped after {@link #close()}. */
  void execute(Runnable task) {
    try {
      workers.execute(task);
    } catch (RejectedExecutionException closed) {
      // shut down: nothing more to deliver
    }
  }

  /** Runs a short task after a delay; dropped after {@link #close()}. */
  void schedule(Runnable task, long delayMillis) {
    try {
      timer.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException closed) {
      // shut down: nothing more to deliver
    }
  }

  /** Posts one attempt of {@code event} to {@code target}, signed with {@code secret}. */
  Delivery post(String target, String secret, WebhookEvent event) {
    long started = System.nanoTime();
    HttpRequest request;
    try {
      byte[] body = event.body();
      long unixSeconds = Math.floorDiv(wallClock.getAsLong(), 1000L);
      request =
          HttpRequest.newBuilder(URI.create(target))
              .timeout(settings.timeout())
              .header("Content-Type", "application/json")
              .header("User-Agent", USER_AGENT)
              .header("X-Webhook-Event", event.type().apiName())
              .header("X-Webhook-Id", event.key())
              .header("X-Webhook-Signature", WebhookSignatures.header(secret, unixSeconds, body))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build();
    } catch (RuntimeException e) {
      CompletableFuture<Outcome> failed =
          CompletableFuture.completedFuture(new Outcome(null, describe(e), 0));
      return new Delivery(failed, failed);
    }
    CompletableFuture<HttpResponse<Void>> exchange;
    try {
      exchange = client().sendAsync(request, HttpResponse.BodyHandlers.discarding());
    } catch (RuntimeException e) {
      CompletableFuture<Outcome> failed =
          CompletableFuture.completedFuture(new Outcome(null, describe(e), 0));
      return new Delivery(failed, failed);
    }
    AtomicBoolean cutOff = new AtomicBoolean();
    ScheduledFuture<?> guard = guard(exchange, cutOff);
    CompletableFuture<Outcome> outcome =
        exchange.handle(
            (response, failure) -> {
              if (guard != null) {
                guard.cancel(false);
              }
              long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
              if (failure == null) {
                return new Outcome(response.statusCode(), null, millis);
              }
              return new Outcome(null, cutOff.get() ? timeoutMessage() : describe(failure), millis);
            });
    return new Delivery(exchange, outcome);
  }

  /** Stops at once: pending tasks are dropped; attempts in progress are left to their owners. */
  void close() {
    timer.shutdownNow();
    workers.shutdownNow();
  }

  private ScheduledFuture<?> guard(CompletableFuture<?> exchange, AtomicBoolean cutOff) {
    try {
      return timer.schedule(
          () -> {
            cutOff.set(true);
            exchange.cancel(true);
          },
          settings.timeout().toMillis() + BODY_GRACE_MILLIS,
          TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException closed) {
      return null;
    }
  }

  private synchronized HttpClient client() {
    if (client == null) {
      client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(settings.timeout())
              .executor(workers)
              .build();
    }
    return client;
  }

  private String timeoutMessage() {
    return "timeout after " + settings.timeout().toMillis() + " ms";
  }

  private String describe(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return "connect " + timeoutMessage();
    } else if (cause instanceof HttpTimeoutException) {
      return timeoutMessage();
    } else if (cause instanceof CancellationException) {
      return "cancelled";
    } else if (cause instanceof ConnectException) {
      return "connection refused";
    } else if (cause instanceof IOException) {
      String message = cause.getMessage();
      return message == null || message.isBlank()
          ? cause.getClass().getSimpleName()
          : cause.getClass().getSimpleName() + ": " + message;
    }
    return "error: " + cause;
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory defaults = Executors.defaultThreadFactory();
    return runnable -> {
      Thread thread = defaults.newThread(runnable);
      thread.setName(prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
