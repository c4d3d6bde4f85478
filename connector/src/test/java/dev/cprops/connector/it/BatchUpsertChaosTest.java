package dev.cprops.connector.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.connector.CustomerPropertiesConnector;
import dev.cprops.connector.bench.CrmRecords;
import dev.cprops.connector.client.HttpLogger;
import dev.cprops.connector.client.RetryPolicy;
import dev.cprops.connector.internal.actions.BatchSummary;
import dev.cprops.connector.internal.actions.BatchUpsertCustomersAction;
import dev.cprops.connector.internal.actions.RecordResult;
import dev.cprops.connector.internal.actions.UpsertStatus;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Json;
import dev.cprops.mock.junit.MockServerInfo;
import dev.cprops.mock.junit.MockServerTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code batch_upsert_customers} under the mock server's chaos (issue 5): 10 000 CRM records, then
 * a change to 1 000 of them, while 10% of the API calls meet a 500, 503, 429, a reset connection or
 * a delay, before or after the write is applied. Afterwards the server holds exactly the expected
 * customers: none lost, none twice, every value in its canonical form. The state is read with chaos
 * off through a bare HTTP client, not the connector's.
 */
@Tag("slow")
@Tag("chaos")
@MockServerTest(customers = 0, rateLimit = 0)
class BatchUpsertChaosTest {
  private static final int RECORDS = 10_000;
  private static final int CHANGED = 1_000;
  private static final Duration LONGEST_WAIT = Duration.ofMillis(20);
  private static final MediaType JSON = MediaType.get("application/json");

  private final CustomerPropertiesConnector connector =
      new CustomerPropertiesConnector(
          b ->
              b.logger(line -> {}, HttpLogger.Level.NONE)
                  .sleeper(d -> Thread.sleep(Math.min(d.toMillis(), LONGEST_WAIT.toMillis())))
                  .retryPolicy(
                      RetryPolicy.custom()
                          .maxAttempts(10)
                          .initialBackoff(Duration.ofMillis(2))
                          .maxBackoff(LONGEST_WAIT)
                          .build()),
          Clock.systemUTC());
  private final OkHttpClient http = new OkHttpClient();
  private MockServerInfo server;

  @BeforeEach
  void reseed(MockServerInfo server) {
    this.server = server;
    server.reseed();
  }

  /**
   * Retries as a production connection does, but with short backoffs and every wait (a 429's {@code
   * Retry-After} included) cut to {@link #LONGEST_WAIT}, so the test runs in seconds.
   */
  private Connection connection() {
    CustomerPropertiesConnector connector =
        new CustomerPropertiesConnector(
            b ->
                b.logger(line -> {}, HttpLogger.Level.NONE)
                    .sleeper(d -> Thread.sleep(Math.min(d.toMillis(), LONGEST_WAIT.toMillis())))
                    .retryPolicy(
                        RetryPolicy.custom()
                            .maxAttempts(10)
                            .initialBackoff(Duration.ofMillis(2))
                            .maxBackoff(LONGEST_WAIT)
                            .build()),
            Clock.systemUTC());
    return connector.connect(
        Map.of(
            "base_url", server.baseUrl(),
            "auth_type", "vendor",
            "public_key", server.publicKey(),
            "secret_key", server.secretKey()));
  }

  @Test
  void tenThousandRecordsUnderChaos_endInExactlyTheExpectedCustomers() throws IOException {
    BatchUpsertCustomersAction action =
        (BatchUpsertCustomersAction) connector.action("batch_upsert_customers").orElseThrow();
    Connection connection = connection();
    Map<String, Object> input = Map.of("match_by", "customer_key", "concurrency", 8);
    chaos(
        "{\"rate\": 0.1, \"faults\": [\"500\", \"503\", \"429\", \"connection_reset\", \"delay\"],"
            + " \"when\": \"any\", \"delay_ms\": 50, \"seed\": 20241124}");

    List<RecordResult> loadFailures = Collections.synchronizedList(new ArrayList<>());
    BatchSummary load =
        action.batch(connection, input).run(CrmRecords.messyRows(RECORDS), failures(loadFailures));
    List<RecordResult> changeFailures = Collections.synchronizedList(new ArrayList<>());
    BatchSummary change =
        action.batch(connection, input).run(changedRows(), failures(changeFailures));
    Map<String, Object> chaos = chaosOff();

    assertThat(loadFailures).isEmpty();
    assertThat(load.total()).isEqualTo(RECORDS);
    assertThat(load.updated()).isZero();
    assertThat(load.created() + load.unchanged()).isEqualTo(RECORDS);
    assertThat(changeFailures).isEmpty();
    assertThat(change.updated()).isEqualTo(CHANGED);
    @SuppressWarnings("unchecked")
    Map<String, Object> stats = (Map<String, Object>) chaos.get("stats");
    assertThat(((Number) stats.get("faults_injected")).intValue())
        .as("faults injected into %s calls", stats.get("requests_seen"))
        .isGreaterThan(RECORDS / 20);
    Map<String, Map<String, Object>> stored = storedCustomers();
    assertThat(stored).hasSize(RECORDS);
    for (int i = 0; i < RECORDS; i++) {
      String key = CrmRecords.customerKey(i);
      assertThat(stored.get(key)).as(key).isEqualTo(expected(i));
    }
  }

  /** Records {@code 0 .. CHANGED-1} again, each with one more seat. */
  private static Iterator<Map<String, ?>> changedRows() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < CHANGED;
      }

      @Override
      public Map<String, ?> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Map<String, Object> row = CrmRecords.messy(next++);
        int seats = Integer.parseInt(row.get("Seats").toString().replace(",", ""));
        row.put("Seats", Integer.toString(seats + 1));
        return row;
      }
    };
  }

  private static java.util.function.Consumer<RecordResult> failures(List<RecordResult> failed) {
    return r -> {
      if (r.status() == UpsertStatus.FAILED) {
        failed.add(r);
      }
    };
  }

  /** Record {@code i} as the API must return it: the canonical request in its stored form. */
  private static Map<String, Object> expected(int i) {
    Map<String, Object> sent = CrmRecords.canonical(i);
    @SuppressWarnings("unchecked")
    Map<String, Object> sentMeta = (Map<String, Object>) sent.get("meta");
    Map<String, Object> meta = new HashMap<>();
    meta.put("subscription_plan", sentMeta.get("subscription_plan"));
    meta.put("mrr", ((BigDecimal) sentMeta.get("mrr")).setScale(2).toPlainString());
    BigDecimal seats = (BigDecimal) sentMeta.get("seats");
    meta.put("seats", (i < CHANGED ? seats.add(BigDecimal.ONE) : seats));
    meta.put("renewal_date", sentMeta.get("renewal_date"));
    meta.put(
        "country",
        new Locale("", sentMeta.get("country").toString()).getDisplayCountry(Locale.ENGLISH));
    meta.put("website", sentMeta.get("website"));
    meta.put("phone", sentMeta.get("phone"));
    meta.put("churn_risk", sentMeta.get("churn_risk"));
    Map<String, Object> customer = new HashMap<>();
    customer.put("customer_key", sent.get("customer_key"));
    customer.put("email", sent.get("email"));
    customer.put("name", sent.get("name"));
    customer.put("partner_key", sent.get("partner_key"));
    customer.put("archived", false);
    customer.put("meta", meta);
    return customer;
  }

  /**
   * Every customer the API lists, by customer_key, with the members {@link #expected} names; a
   * customer_key listed twice fails the test.
   */
  @SuppressWarnings("unchecked")
  private Map<String, Map<String, Object>> storedCustomers() throws IOException {
    Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
    String after = null;
    boolean more = true;
    while (more) {
      HttpUrl.Builder url =
          HttpUrl.get(server.baseUrl() + "/customers")
              .newBuilder()
              .addQueryParameter("limit", "250");
      if (after != null) {
        url.addQueryParameter("starting_after", after);
      }
      Map<String, Object> data =
          (Map<String, Object>)
              call(new Request.Builder()
                      .url(url.build())
                      .header("Authorization", server.vendorAuthorization()))
                  .get("data");
      for (Object item : (List<Object>) data.get("items")) {
        Map<String, Object> customer = (Map<String, Object>) item;
        Map<String, Object> kept = new HashMap<>();
        for (String member : List.of("customer_key", "email", "name", "partner_key", "archived")) {
          kept.put(member, customer.get(member));
        }
        kept.put("meta", customer.get("meta"));
        Object previous = byKey.put((String) customer.get("customer_key"), kept);
        assertThat(previous)
            .as("customer_key %s listed twice", customer.get("customer_key"))
            .isNull();
        after = (String) customer.get("key");
      }
      more = Boolean.TRUE.equals(data.get("has_more"));
    }
    return byKey;
  }

  private void chaos(String settings) throws IOException {
    call(
        new Request.Builder()
            .url(server.adminUrl() + "/customer-properties/chaos")
            .post(RequestBody.create(settings, JSON)));
  }

  /** Turns chaos off and returns what it did ({@code data} of the chaos route). */
  @SuppressWarnings("unchecked")
  private Map<String, Object> chaosOff() throws IOException {
    String url = server.adminUrl() + "/customer-properties/chaos";
    call(new Request.Builder().url(url).delete());
    return (Map<String, Object>) call(new Request.Builder().url(url)).get("data");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> call(Request.Builder request) throws IOException {
    try (Response response = http.newCall(request.build()).execute()) {
      String body = response.body().string();
      assertThat(response.code()).as(body).isEqualTo(200);
      return (Map<String, Object>) Json.parse(body);
    }
  }
}
