package dev.cprops.mock.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cprops.mock.json.JsonSyntaxException;
import dev.cprops.mock.json.JsonValueReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook target for tests: the JDK's HttpServer on a random loopback port. It records every
 * request and answers as its {@link Responder} says: a status, or {@link #HANG} to hold the
 * connection without answering until {@link #close()}. Signatures are checked here with a separate
 * HMAC implementation, not the server's.
 */
public final class WebhookReceiver implements AutoCloseable {
  /** The answer that holds the request open until the receiver is closed. */
  public static final int HANG = -1;

  /** Decides the answer to a request; {@code attempt} counts the requests with its event key. */
  @FunctionalInterface
  public interface Responder {
    int status(Request request, int attempt);
  }

  /**
   * One request as received: the path it was posted to, its headers and body, and the status it was
   * answered with ({@link #HANG} if none).
   */
  public record Request(
      String path, Map<String, String> headers, byte[] body, Map<String, Object> json, int status) {
    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    public String eventKey() {
      return header("X-Webhook-Id");
    }

    public String event() {
      return (String) json.get("event");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> data() {
      return (Map<String, Object>) json.get("data");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> changes() {
      return (Map<String, Object>) json.get("changes");
    }

    public boolean accepted() {
      return status >= 200 && status < 300;
    }

    /** Whether the signature header is valid for this body under {@code secret}. */
    public boolean signedWith(String secret) {
      String header = header("X-Webhook-Signature");
      if (header == null || !header.matches("t=[0-9]+,v1=[0-9a-f]{64}")) {
        return false;
      }
      String t = header.substring(2, header.indexOf(','));
      String v1 = header.substring(header.indexOf("v1=") + 3);
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] signed = (t + ".").getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[signed.length + body.length];
        System.arraycopy(signed, 0, message, 0, signed.length);
        System.arraycopy(body, 0, message, signed.length, body.length);
        byte[] expected = mac.doFinal(message);
        return MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }

    public long signedAtSeconds() {
      String header = header("X-Webhook-Signature");
      return Long.parseLong(header.substring(2, header.indexOf(',')));
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(16);
  private final List<Request> requests = new ArrayList<>();
  private final Map<String, Integer> attemptsByEvent = new LinkedHashMap<>();
  private final CountDownLatch released = new CountDownLatch(1);
  private final AtomicInteger hanging = new AtomicInteger();
  private volatile Responder responder = (request, attempt) -> 200;

  public WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The URL to subscribe, e.g. {@code http://127.0.0.1:40123/hooks}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
  }

  public WebhookReceiver respond(Responder responder) {
    this.responder = responder;
    return this;
  }

  /** Every request so far, in the order they arrived. */
  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The requests answered with 2xx, in the order they arrived. */
  public synchronized List<Request> accepted() {
    return requests.stream().filter(Request::accepted).toList();
  }

  /** How many requests are being held open right now. */
  int hanging() {
    return hanging.get();
  }

  /**
   * Waits until {@code condition} holds for the requests received; a bound against a hung test, not
   * a measure of speed.
   */
  public List<Request> await(String what, Predicate<List<Request>> condition)
      throws InterruptedException {
    return await(what, condition, Duration.ofSeconds(60));
  }

  /** {@link #await(String, Predicate)} with another bound. */
  public List<Request> await(String what, Predicate<List<Request>> condition, Duration bound)
      throws InterruptedException {
    long deadline = System.nanoTime() + bound.toNanos();
    synchronized (this) {
      while (!condition.test(requests)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("Timed out waiting for " + what + "; received " + summary());
        }
        TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
      }
      return List.copyOf(requests);
    }
  }

  /** Waits for {@code count} accepted requests and returns them. */
  public List<Request> awaitAccepted(int count) throws InterruptedException {
    await(
        count + " accepted requests",
        all -> all.stream().filter(Request::accepted).count() >= count);
    return accepted();
  }

  /** Waits until at least {@code count} requests are being held open. */
  void awaitHanging(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (hanging.get() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting for " + count + " hanging requests");
      }
      Thread.sleep(10);
    }
  }

  private synchronized String summary() {
    return requests.stream().map(r -> r.event() + "/" + r.eventKey() + "=" + r.status()).toList()
        + "";
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Map<String, String> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
    Map<String, Object> json;
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> parsed = (Map<String, Object>) new JsonValueReader(64).read(body);
      json = parsed;
    } catch (JsonSyntaxException e) {
      throw new IOException("not JSON", e);
    }
    String path = exchange.getRequestURI().getPath();
    Request unanswered = new Request(path, headers, body, json, HANG);
    int attempt;
    synchronized (this) {
      attempt = attemptsByEvent.merge(unanswered.eventKey(), 1, Integer::sum);
    }
    int status = responder.status(unanswered, attempt);
    if (status == HANG) {
      record(unanswered);
      hanging.incrementAndGet();
      try {
        released.await(2, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        hanging.decrementAndGet();
        exchange.close();
      }
      return;
    }
    record(new Request(path, headers, body, json, status));
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  private synchronized void record(Request request) {
    requests.add(request);
    notifyAll();
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
