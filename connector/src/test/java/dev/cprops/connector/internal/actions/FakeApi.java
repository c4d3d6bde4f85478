package dev.cprops.connector.internal.actions;

import dev.cprops.connector.CustomerPropertiesConnector;
import dev.cprops.connector.client.HttpLogger;
import dev.cprops.connector.client.RetryPolicy;
import dev.cprops.connector.spi.Connection;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A {@link MockWebServer} answering by route ({@code "GET /customers/acct_1"}, relative to {@code
 * /api/v2}, query included when given), with the connector wired to it: vendor and partner
 * connections, a fixed clock and a sleeper that records waits. Definitions are served on both
 * routes; every other request is recorded for exact checks.
 */
public final class FakeApi implements AutoCloseable {
  public static final Instant NOW = Instant.parse("2024-11-24T10:00:00Z");
  public static final String DEFINITIONS =
      "["
          + definition(
              "subscription_plan",
              "Subscription Plan",
              "dropdown",
              "editable",
              ",\"options\":[{\"label\":\"Pro\",\"value\":\"pro\"},{\"label\":\"Starter\",\"value\":\"starter\"}]")
          + ","
          + definition("mrr", "MRR", "currency", "read_only", ",\"currency\":\"USD\"")
          + ","
          + definition("country", "Country", "country", "editable", "")
          + ","
          + definition("active", "Active", "checkbox", "editable", "")
          + ","
          + definition("renewal_date", "Renewal Date", "date", "editable", "")
          + ","
          + definition("notes", "Notes", "textarea", "hidden", "")
          + "]";

  public final MockWebServer server = new MockWebServer();
  public final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
  public final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Deque<MockResponse>> routes = new ConcurrentHashMap<>();
  public final CustomerPropertiesConnector connector;

  public FakeApi() throws IOException {
    this(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  public FakeApi(Clock clock) throws IOException {
    connector =
        new CustomerPropertiesConnector(
            b ->
                b.sleeper(sleeps::add)
                    .jitterSource(() -> 0.5)
                    .logger(line -> {}, HttpLogger.Level.NONE)
                    .retryPolicy(
                        RetryPolicy.custom()
                            .maxAttempts(3)
                            .initialBackoff(Duration.ofMillis(10))
                            .maxBackoff(Duration.ofMillis(20))
                            .build()),
            clock);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getTarget().replaceFirst("^/api/v2", "");
            String method = request.getMethod();
            if (method.equals("GET")
                && (path.startsWith("/customer-properties?limit=250")
                        && !path.contains("include_archived")
                    || path.startsWith("/partner/customer-properties?"))) {
              return page(false, DEFINITIONS.substring(1, DEFINITIONS.length() - 1));
            }
            requests.add(request);
            MockResponse response = take(method + " " + path);
            if (response == null) {
              response = take(method + " " + path.replaceFirst("\\?.*$", ""));
            }
            return response != null ? response : error(599, "no route for " + method + " " + path);
          }
        });
    server.start();
  }

  private MockResponse take(String route) {
    Deque<MockResponse> queue = routes.get(route);
    if (queue == null) {
      return null;
    }
    synchronized (queue) {
      return queue.size() > 1 ? queue.pollFirst() : queue.peekFirst();
    }
  }

  /** Answers the route with these responses in turn; the last one repeats. */
  public FakeApi on(String route, MockResponse... responses) {
    routes.computeIfAbsent(route, r -> new ArrayDeque<>()).addAll(List.of(responses));
    return this;
  }

  public Connection vendor() {
    return connector.connect(
        Map.of(
            "base_url", server.url("/api/v2").toString(),
            "auth_type", "vendor",
            "public_key", "pk_test",
            "secret_key", "sk_test_SECRET"));
  }

  public Connection partner() {
    return connector.connect(
        Map.of(
            "base_url", server.url("/api/v2").toString(),
            "auth_type", "partner",
            "partner_api_key", "ptk_SECRET"));
  }

  /** The recorded requests (definition loads left out) as {@code "METHOD target"}. */
  public List<String> lines() {
    synchronized (requests) {
      return requests.stream()
          .map(r -> r.getMethod() + " " + r.getTarget().replaceFirst("^/api/v2", ""))
          .toList();
    }
  }

  /** The body of the n-th recorded request. */
  public String body(int index) {
    return requests.get(index).getBody().utf8();
  }

  public static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .body(body)
        .build();
  }

  public static MockResponse ok(String dataJson) {
    return json(200, "{\"data\":" + dataJson + ",\"message\":\"OK\",\"status\":200}");
  }

  public static MockResponse page(boolean hasMore, String... items) {
    return ok("{\"has_more\":" + hasMore + ",\"items\":[" + String.join(",", items) + "]}");
  }

  public static MockResponse error(int code, String message) {
    return json(code, "{\"message\":\"" + message + "\",\"status\":" + code + "}");
  }

  public static MockResponse fieldError(int code, String field, String errorCode, String message) {
    return json(
        code,
        "{\"message\":\"Validation failed\",\"status\":"
            + code
            + ",\"errors\":[{\"field\":\""
            + field
            + "\",\"code\":\""
            + errorCode
            + "\",\"message\":\""
            + message
            + "\"}]}");
  }

  /** A customer as the API returns it, with the given {@code meta} JSON members. */
  public static String customer(String key, String customerKey, long updatedAt, String meta) {
    return "{\"key\":\""
        + key
        + "\",\"customer_key\":"
        + (customerKey == null ? "null" : "\"" + customerKey + "\"")
        + ",\"email\":\"ana@example.com\",\"name\":\"Acme Ltd\",\"partner_key\":\"partner_jane\","
        + "\"partnership_key\":\"part_1\",\"provider_key\":null,\"test\":false,\"archived\":false,"
        + "\"created_at\":1732400000000,\"updated_at\":"
        + updatedAt
        + ",\"meta\":{"
        + meta
        + "}}";
  }

  static String definition(String apiName, String label, String type, String access, String extra) {
    return "{\"key\":\"cprop_"
        + apiName
        + "\",\"api_name\":\""
        + apiName
        + "\",\"label\":\""
        + label
        + "\",\"type\":\""
        + type
        + "\",\"access\":\""
        + access
        + "\",\"required\":false,\"help_text\":\"\",\"position\":0,\"archived\":false,"
        + "\"created_at\":1732400000000,\"updated_at\":1732400000000"
        + extra
        + "}";
  }

  @Override
  public void close() {
    server.close();
  }
}
