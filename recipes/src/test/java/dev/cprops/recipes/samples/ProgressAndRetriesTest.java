package dev.cprops.recipes.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.MockServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, point 5: a run whose stderr is not a terminal prints a progress line every few seconds
 * (records done of the total the CSV holds, rate, ETA), announces each retry as it waits, and its
 * summary counts the retries and the faults survived, while the mock server's chaos answers 429.
 */
@Tag("slow")
class ProgressAndRetriesTest {
  private static final int CUSTOMERS = 300;
  private static final int COMPANIES = CUSTOMERS + MockServer.DEMO_CRM_PROSPECTS;
  private static final Pattern ANNOUNCED_429 =
      Pattern.compile(
          "(?m)^customer_properties: waiting 1 s: rate limited \\(429\\), attempt [2-5] of 5"
              + " \\((GET|POST|PATCH) /[^)]+\\)$");
  private static final Pattern PROGRESS =
      Pattern.compile(
          "(?m)^upsert: (\\d+) of "
              + COMPANIES
              + " records \\((\\d+) %\\), [\\d.]+ records/s(, ETA \\d+ s)?$");
  private static final Pattern RETRIES =
      Pattern.compile(
          "(?m)^  retries +(\\d+) \\((\\d+) rate limited \\(429\\), 0 server or network faults\\),"
              + " (\\d+) faults? survived, [\\d.]+ s waited$");

  private DemoServer demo;
  @TempDir Path state;

  @BeforeEach
  void start() {
    demo = new DemoServer(CUSTOMERS);
    demo.server.admin().rateLimit(0);
  }

  @AfterEach
  void stop() {
    demo.close();
  }

  @Test
  void progressLinesShowTheTotal_everyRetryIsAnnounced_andTheSummaryCountsThem() {
    demo.server
        .admin()
        .chaos(
            Map.of(
                "rate",
                0.1,
                "faults",
                List.of("429"),
                "when",
                "before_write",
                "retry_after_seconds",
                1,
                "seed",
                16));

    RecipeCli run =
        RecipeCli.run(
            List.of(demo.provider()),
            "run",
            "samples/crm-export-to-customers/recipe.json",
            "--once",
            "--state",
            state.toString(),
            "--progress-every",
            "1s");
    @SuppressWarnings("unchecked")
    Map<String, Object> chaos = (Map<String, Object>) demo.server.admin().chaosOff().get("stats");
    long injected = ((Number) chaos.get("faults_injected")).longValue();

    String transcript = run.err() + run.out();
    assertThat(run.exitCode()).as(transcript).isZero();
    assertThat(run.count("created") + run.count("updated") + run.count("unchanged"))
        .as(transcript)
        .isEqualTo(COMPANIES);
    assertThat(injected).as("chaos answered some calls 429").isPositive();

    Matcher announced = ANNOUNCED_429.matcher(run.err());
    long announcements = announced.results().count();
    assertThat(announcements).as(transcript).isEqualTo(injected);

    Matcher progress = PROGRESS.matcher(run.err());
    assertThat(progress.find()).as("a progress line with the CSV's total:\n" + transcript).isTrue();
    assertThat(run.err()).contains("upsert: " + COMPANIES + " records done in ");

    Matcher retries = RETRIES.matcher(run.out());
    assertThat(retries.find()).as(transcript).isTrue();
    assertThat(Long.parseLong(retries.group(1))).isEqualTo(injected);
    assertThat(Long.parseLong(retries.group(2))).isEqualTo(injected);
    assertThat(Long.parseLong(retries.group(3))).as("every 429 was survived").isEqualTo(injected);
    System.out.println("Transcript (stderr, then stdout):\n" + transcript);
  }

  @Test
  void aRunWithoutFaultsSaysNoRetries() {
    RecipeCli run =
        RecipeCli.run(
            List.of(demo.provider()),
            "run",
            "samples/csv-to-log/recipe.json",
            "--once",
            "--state",
            state.toString());

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    assertThat(run.out()).containsPattern("(?m)^  retries +0$");
    assertThat(run.err()).doesNotContain("waiting");
  }
}
