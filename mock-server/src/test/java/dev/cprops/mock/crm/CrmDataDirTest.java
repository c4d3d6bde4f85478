package dev.cprops.mock.crm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.MockServer;
import dev.cprops.mock.json.JsonValueWriter;
import dev.cprops.mock.persistence.CrashCopy;
import dev.cprops.mock.persistence.RecoveryReport;
import dev.cprops.mock.seed.Seed;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CRM's companies with a data directory: every update answered 2xx (PATCH and batch update)
 * survives a restart, a crash and compaction; seeds and resets too. Without one, nothing does.
 */
class CrmDataDirTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String COMPANIES = "/crm/v3/objects/companies";

  @TempDir Path dataDir;

  private MockServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void companyUpdates_surviveARestart_andTheCompactionAfterIt() {
    start(dataDir, 5);
    updateThree();
    List<Company> before = server.crm().store().all();

    restart(dataDir, 5);
    assertThat(server.crm().store().all()).isEqualTo(before);
    assertThat(server.recovery()).map(RecoveryReport::journalRecords).contains(2L);

    restart(dataDir, 5);
    assertThat(server.crm().store().all()).isEqualTo(before);
    assertThat(server.recovery()).map(RecoveryReport::journalRecords).contains(0L);
  }

  @Test
  void acknowledgedUpdates_surviveACrash_andTimesKeepIncreasing() throws IOException {
    start(dataDir, 5);
    updateThree();
    List<Company> before = server.crm().store().all();
    long lastModified = before.stream().mapToLong(Company::updatedAt).max().orElseThrow();
    Path crashed = CrashCopy.of(dataDir);
    server.stop();

    start(crashed, 5);

    assertThat(server.crm().store().all()).isEqualTo(before);
    assertThat(patch(COMPANIES + "/1004", Map.of("properties", Map.of("seats", "7"))).statusCode())
        .isEqualTo(200);
    assertThat(server.crm().store().find("hs_object_id", "1004").orElseThrow().updatedAt())
        .isGreaterThan(lastModified);
  }

  @Test
  void resetAndSeed_areDurable_forTheCompaniesToo() {
    start(dataDir, 5);
    server.reset();
    restart(dataDir, 5);
    assertThat(server.crm().store().size()).isZero();

    server.seed(Seed.DEMO, 3);
    List<Company> seeded = server.crm().store().all();
    restart(dataDir, 5);

    assertThat(seeded).hasSize(3 + DemoCompanies.PROSPECTS);
    assertThat(server.crm().store().all()).isEqualTo(seeded);
  }

  @Test
  void withoutADataDir_updatesAreGoneAfterARestart() {
    start(null, 5);
    List<Map<String, String>> seeded = properties(server.crm().store().all());
    updateThree();
    restart(null, 5);

    assertThat(properties(server.crm().store().all())).isEqualTo(seeded);
  }

  /** A PATCH of company 1001 and a batch update of two companies by customer_key. */
  private void updateThree() {
    assertThat(
            patch(COMPANIES + "/1001", Map.of("properties", Map.of("mrr", "999.00"))).statusCode())
        .isEqualTo(200);
    Map<String, Object> batch =
        Map.of(
            "inputs",
            List.of(
                Map.of(
                    "id",
                    "acct_00002",
                    "idProperty",
                    "customer_key",
                    "properties",
                    Map.of("churn_risk", "high")),
                Map.of(
                    "id",
                    "acct_00003",
                    "idProperty",
                    "customer_key",
                    "properties",
                    Map.of("seats", "12", "phone", ""))));
    assertThat(send("POST", COMPANIES + "/batch/update", batch).statusCode()).isEqualTo(200);
  }

  private static List<Map<String, String>> properties(List<Company> companies) {
    return companies.stream().map(Company::properties).toList();
  }

  private void start(Path dir, int customers) {
    server =
        MockServer.builder()
            .customers(customers)
            .crmAccessToken("crm_test")
            .dataDir(dir)
            .build()
            .start();
  }

  private void restart(Path dir, int customers) {
    server.stop();
    start(dir, customers);
  }

  private HttpResponse<String> patch(String path, Object body) {
    return send("PATCH", path, body);
  }

  private HttpResponse<String> send(String method, String path, Object body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.rootUrl() + path))
            .header("Authorization", "Bearer crm_test")
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(JsonValueWriter.write(body)))
            .build();
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isLessThan(300);
      return response;
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
