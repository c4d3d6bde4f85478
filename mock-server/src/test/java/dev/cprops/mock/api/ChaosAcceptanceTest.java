package dev.cprops.mock.api;

import static dev.cprops.mock.api.Bodies.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.mock.junit.MockServerInfo;
import dev.cprops.mock.junit.MockServerTest;
import dev.cprops.mock.seed.Seed;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Chaos over HTTP: the seeded fault mix, before and after the write, admin routes untouched. */
@Tag("slow")
@MockServerTest(seed = Seed.EMPTY, rateLimit = 0)
class ChaosAcceptanceTest {
  private static final String CHAOS = "/__admin/customer-properties/chaos";

  private HttpApi vendor;
  private HttpApi admin;

  @BeforeEach
  void setUp(MockServerInfo server) {
    server.reset();
    vendor = HttpApi.vendor(server);
    admin = HttpApi.withAuthorization(server, null);
    Fixtures.partner(vendor, "partner_a");
    Fixtures.customer(vendor, Bodies.customer("acct_1", "partner_a"));
  }

  @AfterEach
  void chaosOff() {
    admin.delete(CHAOS);
  }

  @Test
  void withAFixedSeed_theFaultMixMatchesRateAndWeights_andTheStatsCountExactly() {
    Map<String, Object> weights =
        map("500", 3, "503", 2, "429", 2, "connection_reset", 1, "delay", 2);
    setChaos(map("rate", new BigDecimal("0.25"), "seed", 42, "faults", weights, "delay_ms", 0));
    int calls = 2_000;

    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < calls; i++) {
      seen.merge(outcome(this::write), 1, Integer::sum);
    }

    Map<String, Object> stats = stats();
    assertThat(stats.get("requests_seen")).isEqualTo(BigDecimal.valueOf(calls));
    @SuppressWarnings("unchecked")
    Map<String, Object> byFault = (Map<String, Object>) stats.get("by_fault");
    assertThat(count(byFault, "500")).isEqualTo(seen.getOrDefault("500", 0));
    assertThat(count(byFault, "503")).isEqualTo(seen.getOrDefault("503", 0));
    assertThat(count(byFault, "429")).isEqualTo(seen.getOrDefault("429", 0));
    assertThat(count(byFault, "connection_reset")).isEqualTo(seen.getOrDefault("reset", 0));
    assertThat(count(byFault, "delay")).isEqualTo(seen.getOrDefault("200 delayed", 0));
    double totalWeight = 10;
    Map<String, Double> shares =
        Map.of("500", 3.0, "503", 2.0, "429", 2.0, "connection_reset", 1.0, "delay", 2.0);
    shares.forEach(
        (fault, weight) ->
            assertWithinFourSigma(
                fault, count(byFault, fault), calls, 0.25 * weight / totalWeight));
    assertWithinFourSigma(
        "faults", ((BigDecimal) stats.get("faults_injected")).intValue(), calls, 0.25);
  }

  @Test
  void theSameSeed_replaysTheSameFaults() {
    Map<String, Object> settings = map("rate", new BigDecimal("0.5"), "seed", 7, "delay_ms", 0);
    setChaos(settings);
    List<String> first = outcomes(150);
    setChaos(settings);
    List<String> again = outcomes(150);
    setChaos(map("rate", new BigDecimal("0.5"), "seed", 8, "delay_ms", 0));
    List<String> otherSeed = outcomes(150);

    assertThat(again).isEqualTo(first);
    assertThat(otherSeed).isNotEqualTo(first);
  }

  @ParameterizedTest
  @ValueSource(strings = {"500", "503", "429", "connection_reset"})
  void aFaultBeforeTheWrite_changesNothing(String fault) {
    setChaos(map("rate", 1, "faults", List.of(fault), "when", "before_write"));

    String result = outcome(() -> vendor.patch("/customers/acct_1", map("name", "Changed")));
    String created =
        outcome(() -> vendor.post("/customers", Bodies.customer("acct_2", "partner_a")));

    assertThat(result).isEqualTo(fault.equals("connection_reset") ? "reset" : fault);
    assertThat(created).isEqualTo(result);
    admin.delete(CHAOS);
    assertThat(vendor.get("/customers/acct_1").data().get("name")).isNotEqualTo("Changed");
    assertThat(vendor.get("/customers/acct_2").status()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"500", "503", "429", "connection_reset"})
  void aFaultAfterTheWrite_losesTheAnswer_butTheWriteIsApplied(String fault) {
    setChaos(map("rate", 1, "faults", List.of(fault), "when", "after_write"));

    String result = outcome(() -> vendor.patch("/customers/acct_1", map("name", "Changed")));
    String created =
        outcome(() -> vendor.post("/customers", Bodies.customer("acct_2", "partner_a")));

    assertThat(result).isEqualTo(fault.equals("connection_reset") ? "reset" : fault);
    assertThat(created).isEqualTo(result);
    admin.delete(CHAOS);
    assertThat(vendor.get("/customers/acct_1").data().get("name")).isEqualTo("Changed");
    assertThat(vendor.get("/customers/acct_2").status()).isEqualTo(200);
  }

  @Test
  void aConnectionReset_reachesTheClientAsAnIoError() {
    setChaos(map("rate", 1, "faults", List.of("connection_reset")));

    assertThatThrownBy(() -> vendor.get("/customers/acct_1"))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void anInjected429_carriesTheConfiguredRetryAfter_inTheErrorEnvelope() {
    setChaos(map("rate", 1, "faults", List.of("429"), "retry_after_seconds", 7));

    HttpApi.Reply reply = vendor.get("/customers/acct_1");

    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.header("Retry-After")).isEqualTo("7");
    assertThat(reply.json()).containsEntry("status", BigDecimal.valueOf(429));
    assertThat(reply.header("X-Mock-Chaos")).matches("429 (before|after)_write");
  }

  @Test
  void aDelay_answersNormally_andSaysSo() {
    setChaos(map("rate", 1, "faults", map("delay", 1), "delay_ms", map("min", 1, "max", 3)));

    HttpApi.Reply reply = vendor.get("/customers/acct_1");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("X-Mock-Chaos")).matches("delay (before|after)_write [1-3]ms");
  }

  @Test
  void adminRoutesAreNeverFaulted() {
    setChaos(map("rate", 1, "delay_ms", 0));

    for (int i = 0; i < 20; i++) {
      assertThat(admin.get("/__admin/customer-properties/stats").status()).isEqualTo(200);
      assertThat(admin.get(CHAOS).status()).isEqualTo(200);
      assertThat(admin.get("/__admin/mappings").status()).isEqualTo(200);
    }
    assertThat(stats().get("requests_seen")).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void delete_turnsChaosOff_keepsTheStats_andTheStatsCanBeCleared() {
    setChaos(map("rate", 1, "faults", List.of("500")));
    vendor.get("/customers/acct_1");

    HttpApi.Reply off = admin.delete(CHAOS);

    assertThat(off.data()).containsEntry("enabled", false).containsEntry("rate", BigDecimal.ZERO);
    for (int i = 0; i < 20; i++) {
      HttpApi.Reply reply = vendor.get("/customers/acct_1");
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("X-Mock-Chaos")).isNull();
    }
    assertThat(stats().get("faults_injected")).isEqualTo(BigDecimal.ONE);
    assertThat(admin.delete(CHAOS + "/stats").status()).isEqualTo(200);
    assertThat(stats().get("faults_injected")).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void getShowsTheSettingsInForce_withTheSeedDrawnWhenNoneWasGiven() {
    setChaos(
        map(
            "rate",
            new BigDecimal("0.1"),
            "faults",
            List.of("503", "delay"),
            "when",
            "after_write"));

    Map<String, Object> data = admin.get(CHAOS).data();

    assertThat(data)
        .containsEntry("enabled", true)
        .containsEntry("rate", new BigDecimal("0.1"))
        .containsEntry("when", "after_write")
        .containsEntry("faults", map("503", BigDecimal.ONE, "delay", BigDecimal.ONE))
        .containsEntry(
            "delay_ms", map("min", BigDecimal.valueOf(100), "max", BigDecimal.valueOf(1000)))
        .containsKey("seed");
  }

  @Test
  void badSettingsAreRejected_namingTheFieldAndTheValue() {
    assertThat(message(map("rate", new BigDecimal("1.5"))))
        .isEqualTo("rate must be a number from 0 to 1, got 1.5");
    assertThat(message(map("seed", 1))).startsWith("rate is required");
    assertThat(message(map("rate", 1, "faults", List.of("404"))))
        .isEqualTo(
            "faults: unknown fault \"404\", expected one of 500, 503, 429, connection_reset, delay");
    assertThat(message(map("rate", 1, "when", "later")))
        .isEqualTo("when must be \"before_write\", \"after_write\" or \"any\", got \"later\"");
    assertThat(message(map("rate", 1, "delay_ms", map("min", 50, "max", 10))))
        .isEqualTo("delay_ms.min must not be above delay_ms.max, got min 50 and max 10");
    assertThat(message(map("rate", 1, "sede", 3))).startsWith("Unknown field 'sede'");
    assertThat(admin.get(CHAOS).data()).containsEntry("enabled", false);
  }

  private String message(Map<String, Object> body) {
    HttpApi.Reply reply = admin.post(CHAOS, body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    return (String) reply.json().get("message");
  }

  private void setChaos(Map<String, Object> settings) {
    HttpApi.Reply reply = admin.post(CHAOS, settings);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> stats() {
    return (Map<String, Object>) admin.get(CHAOS).data().get("stats");
  }

  private List<String> outcomes(int calls) {
    List<String> outcomes = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      outcomes.add(outcome(this::write));
    }
    return outcomes;
  }

  /**
   * A PATCH: java.net.http retries a GET (not a PATCH) once when a pooled connection is reset,
   * which would make the server see more calls than the test made.
   */
  private HttpApi.Reply write() {
    return vendor.patch("/customers/acct_1", map("name", "Acme"));
  }

  /** What the client saw: "reset", the status of an injected fault, "200 delayed" or "200". */
  private static String outcome(java.util.function.Supplier<HttpApi.Reply> call) {
    HttpApi.Reply reply;
    try {
      reply = call.get();
    } catch (UncheckedIOException e) {
      return "reset";
    }
    String chaos = reply.header("X-Mock-Chaos");
    if (chaos == null) {
      return Integer.toString(reply.status());
    }
    return chaos.startsWith("delay")
        ? reply.status() + " delayed"
        : Integer.toString(reply.status());
  }

  private static int count(Map<String, Object> byFault, String fault) {
    return ((BigDecimal) byFault.get(fault)).intValue();
  }

  private static void assertWithinFourSigma(String what, long count, long trials, double p) {
    double mean = trials * p;
    double sigma = Math.sqrt(trials * p * (1 - p));
    assertThat((double) count)
        .as("%s: %d of %d, expected %.1f +- %.1f", what, count, trials, mean, 4 * sigma)
        .isBetween(mean - 4 * sigma, mean + 4 * sigma);
  }
}
