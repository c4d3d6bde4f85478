package dev.cprops.recipes.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cprops.connector.spi.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP endpoint that receives webhook notifications, on the JDK's built-in server ({@code
 * com.sun.net.httpserver}). It answers {@code POST} on any path (the sender's signature, not the
 * path, is what the handler trusts, and a tunnel may forward any path); other methods get 405, a
 * body over {@value #MAX_BODY_BYTES} bytes 413. Each request is handed to the {@link Handler} on
 * one of {@value #THREADS} worker threads, never on the accepting thread, with its headers' names
 * lower-cased and its body exactly as received; the reply is a small JSON body {@code {"status": n,
 * "message": "..."}}.
 */
public final class WebhookReceiver implements AutoCloseable {
  /** The largest notification body accepted. */
  public static final int MAX_BODY_BYTES = 1024 * 1024;

  /** Worker threads: requests handled (and waiting for their outcome) at once. */
  static final int THREADS = 8;

  private static final int BACKLOG = 64;

  /**
   * The JDK's server leaves Nagle's algorithm on unless this property is true: an answer's headers
   * and body then go out as two small TCP segments, and the body waits for the sender's delayed
   * ACK, about 40 ms on Linux, so every notification's round trip took about 50 ms instead of 2 to
   * 5 ms (measured on loopback). The server reads the property once, when the first one in the JVM
   * starts; a value the user set is kept.
   */
  static final String NO_DELAY = "sun.net.httpserver.nodelay";

  static {
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
  }

  /**
   * One received request.
   *
   * @param method the HTTP method (always {@code POST} when handed to a handler)
   * @param path the request path
   * @param headers the headers, names lower-cased; several values of one name joined by {@code ",
   *     "}
   * @param body the raw body
   */
  public record Request(String method, String path, Map<String, String> headers, byte[] body) {}

  /**
   * What to answer.
   *
   * @param status the HTTP status
   * @param message a short explanation for the sender's delivery log (never a secret)
   */
  public record Reply(int status, String message) {
    /** Whether the status tells the sender the notification was accepted. */
    public boolean accepted() {
      return status >= 200 && status < 300;
    }
  }

  /** Decides the answer to a notification; may block until its work is done. */
  @FunctionalInterface
  public interface Handler {
    Reply handle(Request request);
  }

  private static final long CLOSE_GRACE_MILLIS = 1_000;

  private final HttpServer server;
  private final ExecutorService workers;
  private final Handler handler;
  private final Object lock = new Object();
  private int active; // guarded by lock
  private boolean closing; // guarded by lock

  private WebhookReceiver(HttpServer server, ExecutorService workers, Handler handler) {
    this.server = server;
    this.workers = workers;
    this.handler = handler;
  }

  /**
   * Binds the address and starts answering.
   *
   * @throws ReceiverException if the address cannot be bound
   */
  public static WebhookReceiver start(InetSocketAddress address, Handler handler) {
    HttpServer server;
    try {
      server = HttpServer.create(address, BACKLOG);
    } catch (IOException e) {
      String where = address.getHostString() + ":" + address.getPort();
      throw new ReceiverException(
          e instanceof java.net.BindException
              ? "cannot listen on "
                  + where
                  + ": the port is in use by another program (or the address is not this"
                  + " machine's); choose another with --listen HOST:PORT, port 0 picks a free one"
              : "cannot listen on " + where + ": " + e.getMessage(),
          e);
    }
    ExecutorService workers = Executors.newFixedThreadPool(THREADS, daemonThreads());
    WebhookReceiver receiver = new WebhookReceiver(server, workers, handler);
    server.createContext("/", receiver::exchange);
    server.setExecutor(workers);
    server.start();
    return receiver;
  }

  /** The bound address (with the port the system picked for port 0). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /**
   * The URL of {@code path} on this receiver as seen from this machine: the bound host, or {@code
   * 127.0.0.1} when bound to every interface.
   */
  public URI localUrl(String path) {
    InetAddress ip = server.getAddress().getAddress();
    String host;
    if (ip.isAnyLocalAddress()) {
      host = "127.0.0.1";
    } else if (ip instanceof Inet6Address) {
      host = "[" + ip.getHostAddress().replaceAll("%.*$", "") + "]";
    } else {
      host = ip.getHostAddress();
    }
    return URI.create("http://" + host + ":" + server.getAddress().getPort() + path);
  }

  /**
   * Answers new requests 503, gives those in progress up to a second to be answered, then stops
   * listening, closes every connection and stops the workers.
   */
  @Override
  public void close() {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_GRACE_MILLIS);
    synchronized (lock) {
      closing = true;
      long left;
      while (active > 0 && (left = deadline - System.nanoTime()) > 0) {
        try {
          TimeUnit.NANOSECONDS.timedWait(lock, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    // JDK 17's stop(n) always waits the n seconds; the requests in progress are answered by now
    server.stop(0);
    workers.shutdownNow();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void exchange(HttpExchange exchange) {
    boolean stopping;
    synchronized (lock) {
      stopping = closing;
      active++;
    }
    try {
      Reply reply;
      if (stopping) {
        reply = new Reply(503, "the receiver is stopping; try again later");
      } else if (!exchange.getRequestMethod().equals("POST")) {
        exchange.getResponseHeaders().set("Allow", "POST");
        reply = new Reply(405, "this is a webhook receiver: POST notifications to it");
      } else {
        byte[] body = read(exchange.getRequestBody());
        if (body == null) {
          reply = new Reply(413, "the body is over " + MAX_BODY_BYTES + " bytes");
        } else {
          reply =
              handler.handle(
                  new Request(
                      exchange.getRequestMethod(),
                      exchange.getRequestURI().getPath(),
                      headers(exchange),
                      body));
        }
      }
      send(exchange, reply);
    } catch (IOException e) {
      // the sender went away; it will retry
    } catch (RuntimeException e) {
      trySend(exchange, new Reply(500, "the receiver failed: " + e.getClass().getSimpleName()));
    } finally {
      exchange.close();
      synchronized (lock) {
        active--;
        lock.notifyAll();
      }
    }
  }

  private static byte[] read(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    return body.length > MAX_BODY_BYTES ? null : body;
  }

  private static Map<String, String> headers(HttpExchange exchange) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      headers.merge(
          header.getKey().toLowerCase(Locale.ROOT),
          String.join(", ", header.getValue()),
          (a, b) -> a + ", " + b);
    }
    return headers;
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", reply.status());
    body.put("message", reply.message());
    byte[] bytes = (Json.compact(body) + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void trySend(HttpExchange exchange, Reply reply) {
    try {
      send(exchange, reply);
    } catch (IOException | RuntimeException e) {
      // headers were already sent, or the sender went away
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory defaults = Executors.defaultThreadFactory();
    return runnable -> {
      Thread thread = defaults.newThread(runnable);
      thread.setName("webhook-receiver-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
