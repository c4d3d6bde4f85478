package dev.cprops.recipes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.connector.spi.RetryListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LineProgressTest {
  private final StringWriter text = new StringWriter();
  private final AtomicLong nanos = new AtomicLong();
  private final LineProgress progress =
      new LineProgress(new PrintWriter(text), Duration.ofHours(1), nanos::get);

  @Test
  void aStatusLineShowsDoneOfTotal_percent_rate_andTimeLeft() {
    assertThat(LineProgress.status("upsert", 1200, 5000, 4.0))
        .isEqualTo("upsert: 1200 of 5000 records (24 %), 300 records/s, ETA 13 s");
    assertThat(LineProgress.status("upsert", 3, -1, 2.0))
        .isEqualTo("upsert: 3 records, 1.5 records/s");
    assertThat(LineProgress.status("upsert", 50, 40, 1.0))
        .as("a total counted ahead may be passed")
        .isEqualTo("upsert: 50 of 40 records (100 %), 50 records/s");
    assertThat(LineProgress.duration(59.2)).isEqualTo("1 min 00 s");
    assertThat(LineProgress.duration(12.1)).isEqualTo("13 s");
    assertThat(LineProgress.duration(245)).isEqualTo("4 min 05 s");
    assertThat(LineProgress.duration(7380)).isEqualTo("2 h 03 min");
  }

  @Test
  void theTickerSaysWhereTheLoopStands_thenTheEventsHandledOnlyWhenTheyChanged() {
    progress.loopStarted("upsert", 400);
    nanos.set(2_000_000_000L);
    progress.loopProgress("upsert", 100);
    assertThat(progress.statusLine())
        .isEqualTo("upsert: 100 of 400 records (25 %), 50 records/s, ETA 6 s");
    nanos.set(4_000_000_000L);
    progress.loopFinished("upsert", 400, 2);
    progress.eventHandled(Map.of());
    assertThat(progress.statusLine()).isEqualTo("1 event handled");
    assertThat(progress.statusLine()).isNull();
    progress.close();
    assertThat(text.toString())
        .isEqualTo(
            "upsert: 400 records done in 4.0 s (100 records/s), 2 failed\n"
                .replace("\n", System.lineSeparator()));
  }

  @Test
  void retriesAreAnnounced_shortPacingWaitsAreNot() {
    progress.retrying(
        "customer_properties",
        new RetryListener.Wait(
            "POST /customers", "rate limited (429)", true, 2, 5, Duration.ofSeconds(2)));
    progress.retrying(
        "customer_properties",
        new RetryListener.Wait(
            "GET /customers/a", "server error (503)", false, 3, 5, Duration.ofMillis(450)));
    progress.retrying(
        "customer_properties",
        new RetryListener.Wait(
            "next request", "rate limit nearly used up", true, 1, 1, Duration.ofMillis(300)));
    progress.retrying(
        "customer_properties",
        new RetryListener.Wait(
            "next request", "rate limit nearly used up", true, 1, 1, Duration.ofSeconds(75)));

    assertThat(text.toString().lines())
        .containsExactly(
            "customer_properties: waiting 2 s: rate limited (429), attempt 2 of 5 (POST"
                + " /customers)",
            "customer_properties: waiting 0.5 s: server error (503), attempt 3 of 5 (GET"
                + " /customers/a)",
            "customer_properties: waiting 1 min 15 s: rate limit nearly used up (next request)");
  }
}
