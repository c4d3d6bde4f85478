package dev.cprops.mock.http;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The "lingering close" of RFC 9112 §9.6 for an answer sent before the body was read (a 413): a
 * connection closed with unread bytes in its receive buffer is reset by TCP, and a client that is
 * still sending its body may then lose the answer it was sent. So once the answer is written, the
 * rest of the body is read and thrown away until the client stops sending (no byte for {@link
 * #QUIET_MILLIS}), for at most {@link #MAX_MILLIS} and {@link #MAX_BYTES}; then the exchange ends
 * and the connection closes. Nothing read is kept, and no thread waits for the client.
 */
final class LingeringClose implements Runnable {
  static final long QUIET_MILLIS = 300;
  static final long MAX_MILLIS = 3_000;
  static final long MAX_BYTES = 16L * 1024 * 1024;

  private final Request request;
  private final Callback callback;
  private final AtomicBoolean finished = new AtomicBoolean();
  private final long startNanos = System.nanoTime();
  private volatile long lastDataNanos = startNanos;
  private volatile Scheduler.Task watchdog;
  private long discarded;

  private LingeringClose(Request request, Callback callback) {
    this.request = request;
    this.callback = callback;
  }

  /** A callback for the answer's write that, once it is written, drains and then completes. */
  static Callback after(Request request, Callback callback) {
    return Callback.from(() -> new LingeringClose(request, callback).start(), callback::failed);
  }

  private void start() {
    schedule();
    run();
  }

  @Override
  public void run() {
    while (!finished.get()) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        request.demand(this);
        return;
      }
      boolean end = chunk.isLast() || Content.Chunk.isFailure(chunk);
      discarded += chunk.remaining();
      chunk.release();
      lastDataNanos = System.nanoTime();
      if (end || discarded > MAX_BYTES) {
        finish();
        return;
      }
    }
  }

  private void schedule() {
    watchdog =
        request
            .getComponents()
            .getScheduler()
            .schedule(this::check, QUIET_MILLIS / 3, TimeUnit.MILLISECONDS);
  }

  private void check() {
    if (finished.get()) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDataNanos > TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS)
        || now - startNanos > TimeUnit.MILLISECONDS.toNanos(MAX_MILLIS)) {
      finish();
    } else {
      schedule();
    }
  }

  private void finish() {
    if (finished.compareAndSet(false, true)) {
      Scheduler.Task task = watchdog;
      if (task != null) {
        task.cancel();
      }
      callback.succeeded();
    }
  }
}
