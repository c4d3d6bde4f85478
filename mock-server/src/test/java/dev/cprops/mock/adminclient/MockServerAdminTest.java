package dev.cprops.mock.adminclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.mock.MockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The typed admin client against a real server: every call changes or reads real state. */
class MockServerAdminTest {
  private static MockServer server;
  private static MockServerAdmin admin;

  @BeforeAll
  static void start() {
    server = MockServer.builder().customers(20).build().start();
    admin = server.admin();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void resetEmptiesTheStore_andSeedFillsItAgain() {
    Stats empty = admin.reset();
    assertThat(empty.customers()).isZero();
    assertThat(empty.properties()).isZero();

    Stats seeded = admin.seedDemo(7);
    assertThat(seeded.customers()).isEqualTo(7);
    assertThat(admin.stats()).isEqualTo(seededWithSameRequests(seeded));
  }

  @Test
  void chaosIsPutInForce_andOffAnswersItsStats() throws Exception {
    admin.seedDemo(5);
    admin.chaos(Map.of("rate", 1.0, "faults", List.of("503"), "seed", 7));
    assertThat(get("/api/v2/customers")).isEqualTo(503);

    Map<String, Object> stats = admin.chaosOff();
    assertThat(stats.toString()).contains("faults_injected");
    assertThat(get("/api/v2/customers")).isEqualTo(200);
  }

  @Test
  void rateLimitAndLatency_takeEffectAtOnce() throws Exception {
    admin.rateLimit(1);
    get("/api/v2/customers");
    assertThat(get("/api/v2/customers")).isEqualTo(429);
    admin.rateLimit(0);
    assertThat(get("/api/v2/customers")).isEqualTo(200);

    admin.latency(Duration.ofMillis(300));
    long started = System.nanoTime();
    get("/api/v2/customers");
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
    admin.latency(Duration.ZERO);
  }

  @Test
  void anAnswerThatIsNotASuccess_isAnErrorNamingTheRoute() {
    assertThatThrownBy(() -> admin.deliveries("wh_missing", server.publicKey(), server.secretKey()))
        .hasMessageContaining("/api/v2/webhooks/wh_missing/deliveries answered 404");
  }

  @Test
  void acceptsAnApiBaseUrl() {
    assertThat(MockServerAdmin.of(server.baseUrl()).stats().customers()).isGreaterThanOrEqualTo(0);
  }

  private static Stats seededWithSameRequests(Stats seeded) {
    return new Stats(
        seeded.properties(),
        seeded.customers(),
        seeded.partnerships(),
        seeded.webhooks(),
        seeded.deliveriesPending(),
        seeded.deliveriesSucceeded(),
        seeded.deliveriesFailed(),
        seeded.crmCompanies(),
        admin.stats().requestsServed());
  }

  private static int get(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.baseUrl().replace("/api/v2", "") + path))
            .header(
                "Authorization",
                "Basic "
                    + java.util.Base64.getEncoder()
                        .encodeToString((server.publicKey() + ":" + server.secretKey()).getBytes()))
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
