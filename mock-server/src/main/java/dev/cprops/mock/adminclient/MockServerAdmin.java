package dev.cprops.mock.adminclient;

import dev.cprops.mock.json.JsonSyntaxException;
import dev.cprops.mock.json.JsonValueReader;
import dev.cprops.mock.json.JsonValueWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A typed client for a running mock server's admin routes ({@code /__admin/...}): what a test or a
 * demo needs to set the stage (reset, seed, chaos, rate limit, latency) and to read the outcome
 * (counts, webhook deliveries), over real HTTP, so it works the same against an in-process server
 * and against the jar in another process.
 *
 * <p>Every state-changing call sends JSON, as the admin routes require. Thread-safe.
 */
public final class MockServerAdmin {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String root;
  private final String adminToken;
  private final HttpClient http;

  private MockServerAdmin(String root, String adminToken) {
    this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    this.adminToken = adminToken;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * A client for the server at {@code serverUrl}, its root such as {@code http://127.0.0.1:4010}
   * (an API base URL ending in {@code /api/v2} is accepted too).
   */
  public static MockServerAdmin of(String serverUrl) {
    String root = Objects.requireNonNull(serverUrl, "serverUrl").replaceAll("/api/v2/?$", "");
    return new MockServerAdmin(root, null);
  }

  /** The same client, sending the admin token a server started with {@code --admin-token} needs. */
  public MockServerAdmin withAdminToken(String token) {
    return new MockServerAdmin(root, Objects.requireNonNull(token, "token"));
  }

  /** Empties the store (the vendor keys stay valid); answers the counts after. */
  public Stats reset() {
    return Stats.of(data(send("POST", "/__admin/customer-properties/reset", Map.of())));
  }

  /** Replaces the store's contents with the demo data for {@code customers} customers. */
  public Stats seedDemo(int customers) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("seed", "demo");
    body.put("customers", customers);
    return Stats.of(data(send("POST", "/__admin/customer-properties/seed", body)));
  }

  /** The counts of everything the server holds. */
  public Stats stats() {
    return Stats.of(data(send("GET", "/__admin/customer-properties/stats", null)));
  }

  /**
   * Puts chaos in force, e.g. {@code Map.of("rate", 0.1, "faults", List.of("500", "429"), "seed",
   * 7)} (the settings of the OpenAPI schema {@code ChaosSettings}).
   */
  public void chaos(Map<String, Object> settings) {
    send("POST", "/__admin/customer-properties/chaos", settings);
  }

  /** Turns chaos off; answers its stats (faults injected, requests seen, ...). */
  public Map<String, Object> chaosOff() {
    return data(send("DELETE", "/__admin/customer-properties/chaos", null));
  }

  /** Sets the rate limit per credential and minute; 0 turns limiting off. */
  public void rateLimit(int perMinute) {
    send("POST", "/__admin/customer-properties/rate-limit", Map.of("limit", perMinute));
  }

  /** Delays every API answer by {@code delay} (WireMock's global fixed delay); zero for none. */
  public void latency(Duration delay) {
    send("POST", "/__admin/settings", Map.of("fixedDelay", delay.toMillis()));
  }

  /**
   * The deliveries of one webhook, newest first, as the API lists them ({@code status}, {@code
   * attempts}, {@code next_attempt_at}, ...), read with the vendor's keys.
   */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> deliveries(
      String webhookKey, String publicKey, String secretKey) {
    String credentials =
        java.util.Base64.getEncoder()
            .encodeToString(
                (publicKey + ":" + secretKey).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(root + "/api/v2/webhooks/" + webhookKey + "/deliveries"))
            .timeout(TIMEOUT)
            .header("Authorization", "Basic " + credentials)
            .GET()
            .build();
    Object data = data(exchange(request));
    Object items = data instanceof Map<?, ?> map ? map.get("items") : data;
    return items instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
  }

  private Map<String, Object> send(String method, String path, Map<String, Object> body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(root + path))
            .timeout(TIMEOUT)
            .header("Accept", "application/json");
    if (adminToken != null) {
      request.header("Authorization", "Bearer " + adminToken);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(
              method, HttpRequest.BodyPublishers.ofByteArray(JsonValueWriter.write(plain(body))));
    }
    return exchange(request.build());
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> exchange(HttpRequest request) {
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(
          request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling " + request.uri(), e);
    }
    Object json;
    try {
      json =
          response.body().length == 0
              ? Map.of()
              : new JsonValueReader(JsonValueReader.DEFAULT_MAX_DEPTH).read(response.body());
    } catch (JsonSyntaxException e) {
      throw new IllegalStateException(
          request.method()
              + " "
              + request.uri()
              + " answered "
              + response.statusCode()
              + " with non-JSON");
    }
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          request.method()
              + " "
              + request.uri()
              + " answered "
              + response.statusCode()
              + ": "
              + JsonValueWriter.writeToString(json));
    }
    return json instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of("data", json);
  }

  /** Doubles and floats as exact decimals, the only numbers the server's JSON writer takes. */
  private static Object plain(Object value) {
    if (value instanceof Double || value instanceof Float) {
      return new java.math.BigDecimal(value.toString());
    } else if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
      return copy;
    } else if (value instanceof List<?> list) {
      return list.stream().map(MockServerAdmin::plain).toList();
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> data(Map<String, Object> envelope) {
    Object data = envelope.get("data");
    return data instanceof Map<?, ?> map ? (Map<String, Object>) map : envelope;
  }
}
