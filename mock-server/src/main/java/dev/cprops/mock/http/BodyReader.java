package dev.cprops.mock.http;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads one request body into memory without holding a thread while the client is slow (Jetty calls
 * back when bytes arrive), and answers instead of handing the body on when it breaks a limit: 413
 * past {@code limit} bytes, 408 when no byte arrives for the read timeout or the body arrives
 * slower than the minimum data rate, the parser's 400 for a broken chunked encoding. Every such
 * answer closes the connection, since the rest of the body is left unread (after a {@link
 * LingeringClose} for a 413).
 */
final class BodyReader implements Runnable {
  private static final long MAX_INITIAL_CAPACITY = 64 * 1024;

  private final Request request;
  private final Response response;
  private final Callback callback;
  private final String path;
  private final long limit;
  private final FrontDoorSettings settings;
  private final Consumer<byte[]> onBody;
  private final AtomicBoolean finished = new AtomicBoolean();
  private final long checkIntervalMillis;
  private byte[] buffer;
  private volatile long received;
  private volatile long lastDataNanos;
  private volatile Scheduler.Task watchdog;

  /**
   * @param onBody called once with the whole body, unless an error was answered instead
   */
  BodyReader(
      Request request,
      Response response,
      Callback callback,
      String path,
      long limit,
      FrontDoorSettings settings,
      Consumer<byte[]> onBody) {
    this.request = request;
    this.response = response;
    this.callback = callback;
    this.path = path;
    this.limit = limit;
    this.settings = settings;
    this.onBody = onBody;
    long length = request.getLength();
    // A declared length is a hint, not a promise: memory grows with the bytes that arrive.
    long capacity = length > 0 ? Math.min(length, MAX_INITIAL_CAPACITY) : 8 * 1024;
    this.buffer = new byte[(int) Math.min(capacity, limit)];
    this.checkIntervalMillis = Math.max(20, Math.min(1000, settings.readTimeout().toMillis() / 5));
  }

  void start() {
    lastDataNanos = System.nanoTime();
    scheduleCheck();
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
      if (Content.Chunk.isFailure(chunk)) {
        failed(chunk.getFailure());
        return;
      }
      boolean last = chunk.isLast();
      boolean fits = append(chunk.getByteBuffer());
      chunk.release();
      if (!fits) {
        refuse(
            413,
            "Request body too large: more than "
                + limit
                + " bytes, expected at most "
                + limit
                + " bytes");
        return;
      }
      if (last) {
        if (finish()) {
          onBody.accept(Arrays.copyOf(buffer, (int) received));
        }
        return;
      }
    }
  }

  private boolean append(ByteBuffer bytes) {
    int n = bytes.remaining();
    if (n == 0) {
      return true;
    }
    lastDataNanos = System.nanoTime();
    long size = received;
    if (size + n > limit) {
      return false;
    }
    if (size + n > buffer.length) {
      buffer = Arrays.copyOf(buffer, (int) Math.min(limit, Math.max(size + n, 2L * buffer.length)));
    }
    bytes.get(buffer, (int) size, n);
    received = size + n;
    return true;
  }

  private void failed(Throwable failure) {
    if (failure instanceof TimeoutException) {
      refuse(408, stalledMessage());
    } else if (failure instanceof HttpException http) {
      refuse(http.getCode(), "Malformed request body: " + http.getReason());
    } else if (finish()) {
      callback.failed(failure); // the client went away: no one to answer
    }
  }

  private void scheduleCheck() {
    watchdog =
        request
            .getComponents()
            .getScheduler()
            .schedule(this::check, checkIntervalMillis, TimeUnit.MILLISECONDS);
  }

  /** Runs on the scheduler: ends a body that stalls or crawls. */
  private void check() {
    if (finished.get()) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDataNanos > settings.readTimeout().toNanos()) {
      refuse(408, stalledMessage());
      return;
    }
    long elapsed = now - request.getBeginNanoTime();
    long grace = FrontDoorSettings.DATA_RATE_GRACE.toNanos();
    if (settings.minDataRate() > 0 && elapsed > grace) {
      double expected = settings.minDataRate() * ((elapsed - grace) / 1e9);
      if (received < expected) {
        refuse(
            408,
            String.format(
                "Request body too slow: %d bytes in %.1f s, expected at least %d bytes per second"
                    + " after the first %d s",
                received,
                elapsed / 1e9,
                settings.minDataRate(),
                FrontDoorSettings.DATA_RATE_GRACE.toSeconds()));
        return;
      }
    }
    scheduleCheck();
  }

  private String stalledMessage() {
    return "Request body stalled: no data for "
        + settings.readTimeout().toMillis()
        + " ms after "
        + received
        + " bytes";
  }

  private void refuse(int status, String message) {
    if (finish()) {
      // A body too large is still on its way: drain it so the answer is not lost to a reset.
      Callback done = status == 413 ? LingeringClose.after(request, callback) : callback;
      ErrorBodies.send(response, done, path, status, message, true);
    }
  }

  private boolean finish() {
    if (!finished.compareAndSet(false, true)) {
      return false;
    }
    Scheduler.Task task = watchdog;
    if (task != null) {
      task.cancel();
    }
    return true;
  }
}
