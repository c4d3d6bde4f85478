package dev.cprops.connector.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;

/** Canned answers and a client wired to a {@link MockWebServer}, for the client's tests. */
final class MockApi {
  static final String PUBLIC_KEY = "pk_test_public";
  static final String SECRET_KEY = "sk_test_s3cr3t_VALUE";
  static final String PARTNER_KEY = "pak_partner_S3CRET";

  private MockApi() {}

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .body(body)
        .build();
  }

  static MockResponse ok(String dataJson) {
    return json(200, "{\"data\":" + dataJson + ",\"message\":\"OK\",\"status\":200}");
  }

  static MockResponse page(boolean hasMore, String... items) {
    return ok("{\"has_more\":" + hasMore + ",\"items\":[" + String.join(",", items) + "]}");
  }

  static MockResponse error(int code, String message) {
    return json(code, "{\"message\":\"" + message + "\",\"status\":" + code + "}");
  }

  static MockResponse tooManyRequests(String retryAfter) {
    MockResponse.Builder builder = new MockResponse.Builder(error(429, "Too Many Requests"));
    if (retryAfter != null) {
      builder.setHeader("Retry-After", retryAfter);
    }
    return builder.build();
  }

  /** An answer whose connection is closed after the headers, in the middle of the body. */
  static MockResponse droppedMidBody() {
    return new MockResponse.Builder(ok(customer("cus_1", "acct_42")))
        .onResponseBody(new SocketEffect.CloseSocket())
        .build();
  }

  /** The request arrives, but the connection is closed before any answer. */
  static MockResponse droppedBeforeAnswer() {
    return new MockResponse.Builder(ok("{}"))
        .onResponseStart(new SocketEffect.CloseSocket())
        .build();
  }

  static String customer(String key, String customerKey) {
    return "{\"key\":\""
        + key
        + "\",\"customer_key\":\""
        + customerKey
        + "\",\"email\":\"ana@example.com\",\"name\":\"Acme Ltd\",\"partner_key\":\"partner_jane\","
        + "\"partnership_key\":\"part_1\",\"provider_key\":null,\"test\":false,\"archived\":false,"
        + "\"created_at\":1732400000000,\"updated_at\":1732400000001,"
        + "\"meta\":{\"subscription_plan\":\"pro\",\"mrr\":\"1200.00\",\"active\":true}}";
  }

  static ClientConfig.Builder config(MockWebServer server, RecordingSleeper sleeper) {
    return ClientConfig.custom()
        .baseUrl(server.url("/api/v2"))
        .credentials(Credentials.vendor(PUBLIC_KEY, SECRET_KEY))
        .sleeper(sleeper)
        .jitterSource(() -> 0.5)
        .logger(line -> {}, HttpLogger.Level.NONE)
        .retryPolicy(
            RetryPolicy.custom()
                .maxAttempts(4)
                .initialBackoff(Duration.ofMillis(100))
                .multiplier(2)
                .maxBackoff(Duration.ofSeconds(1))
                .jitter(0.5)
                .build());
  }

  /** Records the waits it is asked for and returns at once. */
  static final class RecordingSleeper implements Sleeper {
    final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void sleep(Duration duration) {
      sleeps.add(duration);
    }
  }
}
