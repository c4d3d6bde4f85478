package dev.cprops.connector.client;

import static dev.cprops.connector.client.MockApi.customer;
import static dev.cprops.connector.client.MockApi.error;
import static dev.cprops.connector.client.MockApi.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cprops.connector.client.MockApi.RecordingSleeper;
import dev.cprops.connector.spi.ApiException;
import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.RateLimitException;
import dev.cprops.connector.spi.RetryListener;
import dev.cprops.connector.spi.TransientException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest {
  private final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private CustomerPropertiesClient client;

  @BeforeEach
  void start() throws IOException {
    server.start();
    client = CustomerPropertiesClient.create(MockApi.config(server, sleeper).build());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void getCustomer_retries429_afterExactlyRetryAfterSeconds() {
    server.enqueue(MockApi.tooManyRequests("7"));
    server.enqueue(ok(customer("cus_1", "acct_42")));

    assertThat(client.getCustomer("acct_42").key()).isEqualTo("cus_1");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void getCustomer_retries429WithoutRetryAfter_withExponentialBackoff() {
    server.enqueue(MockApi.tooManyRequests(null));
    server.enqueue(MockApi.tooManyRequests(null));
    server.enqueue(ok(customer("cus_1", "acct_42")));

    assertThat(client.getCustomer("acct_42").key()).isEqualTo("cus_1");
    assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void getCustomer_returnsAnswer_when503IsFollowedBy200() {
    server.enqueue(error(503, "Service Unavailable"));
    server.enqueue(ok(customer("cus_1", "acct_42")));

    assertThat(client.getCustomer("acct_42").customerKey()).isEqualTo("acct_42");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(100));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 504})
  void getCustomer_retriesServerError(int status) {
    server.enqueue(error(status, "Server Error"));
    server.enqueue(ok(customer("cus_1", "acct_42")));

    assertThat(client.getCustomer("acct_42").key()).isEqualTo("cus_1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void getCustomer_retries_whenConnectionDropsMidResponse() {
    server.enqueue(MockApi.droppedMidBody());
    server.enqueue(ok(customer("cus_1", "acct_42")));

    assertThat(client.getCustomer("acct_42").key()).isEqualTo("cus_1");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.sleeps).hasSize(1);
  }

  @Test
  void getCustomer_retries_whenConnectionIsResetBeforeAnswer() {
    server.enqueue(MockApi.droppedBeforeAnswer());
    server.enqueue(ok(customer("cus_1", "acct_42")));

    assertThat(client.getCustomer("acct_42").key()).isEqualTo("cus_1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 413, 415, 422})
  void getCustomer_neverRetriesInputErrors(int status) {
    server.enqueue(error(status, "No"));
    server.enqueue(ok(customer("cus_1", "acct_42")));

    ApiException e = catchThrowableOfType(ApiException.class, () -> client.getCustomer("acct_42"));

    assertThat(e.status()).isEqualTo(status);
    assertThat(e.retryable()).isFalse();
    assertThat(e).isInstanceOf(status == 401 ? AuthException.class : ApiException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void getCustomer_givesUpAfterMaxAttempts_withRetryableErrorCountingAttempts() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(error(503, "Service Unavailable"));
    }

    TransientException e =
        catchThrowableOfType(TransientException.class, () -> client.getCustomer("acct_42"));

    assertThat(e)
        .hasMessage("GET /customers/acct_42: 503 Service Unavailable after 4 attempts")
        .hasCauseInstanceOf(ApiException.class);
    assertThat(e.attempts()).isEqualTo(4);
    assertThat(e.retryable()).isTrue();
    assertThat(((ApiException) e.getCause()).status()).isEqualTo(503);
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(sleeper.sleeps)
        .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @Test
  void getCustomer_givesUpAfterRepeatedConnectionDrops_withIoCause() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(MockApi.droppedBeforeAnswer());
    }

    TransientException e =
        catchThrowableOfType(TransientException.class, () -> client.getCustomer("acct_42"));

    assertThat(e.getMessage())
        .startsWith("GET /customers/acct_42: the connection to localhost:")
        .endsWith("; try again later (4 attempts)");
    assertThat(e).hasCauseInstanceOf(IOException.class);
    assertThat(e.attempts()).isEqualTo(4);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void getCustomer_throwsRateLimitException_when429Persists() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(MockApi.tooManyRequests("2"));
    }

    RateLimitException e =
        catchThrowableOfType(RateLimitException.class, () -> client.getCustomer("acct_42"));

    assertThat(e)
        .hasMessage(
            "GET /customers/acct_42: 429 Too Many Requests after 4 attempts (Retry-After 2s)");
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(2));
    assertThat(e.attempts()).isEqualTo(4);
    assertThat(e.retryable()).isTrue();
    assertThat(sleeper.sleeps).containsOnly(Duration.ofSeconds(2)).hasSize(3);
  }

  @Test
  void getCustomer_doesNotWait_whenRetryAfterExceedsTheMaximum() {
    server.enqueue(MockApi.tooManyRequests("3600"));

    RateLimitException e =
        catchThrowableOfType(RateLimitException.class, () -> client.getCustomer("acct_42"));

    assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1));
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void backoffSleeps_stayWithinJitterBounds_withRealRandomness() {
    CustomerPropertiesClient jittery =
        CustomerPropertiesClient.create(
            MockApi.config(server, sleeper)
                .jitterSource(() -> java.util.concurrent.ThreadLocalRandom.current().nextDouble())
                .build());
    for (int i = 0; i < 4; i++) {
      server.enqueue(error(503, "Service Unavailable"));
    }

    assertThatThrownBy(() -> jittery.getCustomer("acct_42")).isInstanceOf(TransientException.class);

    List<Long> millis = sleeper.sleeps.stream().map(Duration::toMillis).toList();
    assertThat(millis).hasSize(3);
    assertThat(millis.get(0)).isBetween(50L, 150L);
    assertThat(millis.get(1)).isBetween(100L, 300L);
    assertThat(millis.get(2)).isBetween(200L, 600L);
  }

  @Test
  void backoff_spreadsByJitter_andIsCappedAtMaxBackoff() {
    RetryPolicy policy =
        RetryPolicy.custom()
            .initialBackoff(Duration.ofMillis(100))
            .multiplier(2)
            .maxBackoff(Duration.ofMillis(300))
            .jitter(0.5)
            .build();

    assertThat(policy.backoff(1, 0.0)).isEqualTo(Duration.ofMillis(50));
    assertThat(policy.backoff(1, 0.5)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.backoff(1, 0.999)).isEqualTo(Duration.ofMillis(150));
    assertThat(policy.backoff(2, 0.5)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.backoff(5, 0.5)).isEqualTo(Duration.ofMillis(300));
    assertThat(policy.backoff(5, 0.0)).isEqualTo(Duration.ofMillis(150));
  }

  @Test
  void createCustomerWithoutCustomerKey_isNotRepeated_whenTheAnswerMayHaveBeenLost() {
    server.enqueue(error(503, "Service Unavailable"));
    server.enqueue(ok(customer("cus_1", "acct_42")));

    TransientException e =
        catchThrowableOfType(
            TransientException.class,
            () ->
                client.createCustomer(
                    new NewCustomer("ana@example.com", "partner_jane", null, null, Map.of())));

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void createCustomerWithoutCustomerKey_isRepeated_after429() {
    server.enqueue(MockApi.tooManyRequests("1"));
    server.enqueue(ok(customer("cus_1", "acct_42")));

    client.createCustomer(new NewCustomer("ana@example.com", "partner_jane", null, null, Map.of()));

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void retryPolicyBuilder_rejectsBadValuesAtOnce() {
    assertThatThrownBy(() -> RetryPolicy.custom().maxAttempts(0))
        .hasMessage("maxAttempts must be at least 1 but was 0");
    assertThatThrownBy(() -> RetryPolicy.custom().jitter(1.0))
        .hasMessage("jitter must be in [0, 1) but was 1.0");
    assertThatThrownBy(() -> RetryPolicy.custom().multiplier(0.5))
        .hasMessage("multiplier must be at least 1.0 but was 0.5");
    assertThatThrownBy(() -> RetryPolicy.custom().initialBackoff(Duration.ZERO))
        .hasMessage("initialBackoff must be positive but was PT0S");
    assertThatThrownBy(
            () ->
                RetryPolicy.custom()
                    .initialBackoff(Duration.ofSeconds(2))
                    .maxBackoff(Duration.ofSeconds(1))
                    .build())
        .hasMessage("maxBackoff (PT1S) must not be less than initialBackoff (PT2S)");
  }

  @Test
  void theRetryListenerHearsEachWaitBeforeItBegins_andTheRecovery() {
    List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
    RetryListener listener =
        new RetryListener() {
          @Override
          public void waiting(Wait wait) {
            heard.add(
                "sleeps so far "
                    + sleeper.sleeps.size()
                    + ": "
                    + wait.request()
                    + ", "
                    + wait.reason()
                    + (wait.rateLimited() ? " (rate limit)" : "")
                    + ", attempt "
                    + wait.attempt()
                    + " of "
                    + wait.maxAttempts()
                    + ", "
                    + wait.duration());
          }

          @Override
          public void recovered(String request, int attempts) {
            heard.add("recovered " + request + " after " + attempts);
          }
        };
    client =
        CustomerPropertiesClient.create(
            MockApi.config(server, sleeper).retryListener(listener).build());
    server.enqueue(MockApi.tooManyRequests("2"));
    server.enqueue(error(503, "Service Unavailable"));
    server.enqueue(MockApi.droppedBeforeAnswer());
    server.enqueue(ok(customer("cus_1", "acct_42")));

    assertThat(client.getCustomer("acct_42").key()).isEqualTo("cus_1");

    assertThat(heard)
        .containsExactly(
            "sleeps so far 0: GET /customers/acct_42, rate limited (429) (rate limit), attempt 2"
                + " of 4, PT2S",
            "sleeps so far 1: GET /customers/acct_42, server error (503), attempt 3 of 4, PT0.2S",
            "sleeps so far 2: GET /customers/acct_42, network failure (unexpected end of stream on"
                + " "
                + server.url("/").toString().replaceAll("/$", "")
                + "/...), attempt 4 of 4, PT0.4S",
            "recovered GET /customers/acct_42 after 4");
  }

  @Test
  void theRetryListenerHearsNoRecovery_whenEveryAttemptFailed() {
    List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
    client =
        CustomerPropertiesClient.create(
            MockApi.config(server, sleeper)
                .retryListener(
                    new RetryListener() {
                      @Override
                      public void waiting(Wait wait) {
                        heard.add("wait " + wait.attempt());
                      }

                      @Override
                      public void recovered(String request, int attempts) {
                        heard.add("recovered");
                      }
                    })
                .build());
    for (int i = 0; i < 4; i++) {
      server.enqueue(error(503, "Service Unavailable"));
    }

    assertThatThrownBy(() -> client.getCustomer("acct_42")).isInstanceOf(TransientException.class);
    assertThat(heard).containsExactly("wait 2", "wait 3", "wait 4");
  }
}
