package dev.cprops.mock.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.api.CustomerPropertiesApi;
import dev.cprops.mock.persistence.DurableState;
import dev.cprops.mock.store.CustomerPropertiesStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox under load: writers on several threads queue events while webhooks are updated,
 * created and deleted and the journal is compacted in the background (a tiny threshold). What a
 * restart restores (after a clean close, and from a crash copy) is exactly what was waiting.
 */
class DurableOutboxTest {
  private static final int THREADS = 8;
  private static final int CUSTOMERS_PER_THREAD = 40;
  private static final WebhookSettings WAITING =
      WebhookSettings.DEFAULTS.withBackoff(Duration.ofHours(1)).withMaxAttempts(100);
  private static final String CLOSED_PORT = "http://127.0.0.1:9/hook";

  @TempDir Path temp;

  private final List<AutoCloseable> opened = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable resource : opened) {
      resource.close();
    }
  }

  /** A store and its webhooks in one data directory. */
  private final class Parts {
    final CustomerPropertiesStore store = new CustomerPropertiesStore();
    final Webhooks webhooks = new Webhooks(WAITING, CustomerPropertiesApi.vendorViews());
    final DurableState state;

    Parts(Path dir, long compactionThreshold) {
      store.addListener(webhooks.storeListener());
      opened.add(webhooks);
      state =
          DurableState.open(
              dir, List.of(store.durablePart(), webhooks.durablePart()), compactionThreshold);
      opened.add(state);
    }
  }

  @Test
  void eventsQueuedUnderLoad_withCompactions_areRestoredExactly() throws Exception {
    Path dir = temp.resolve("data");
    Parts parts = new Parts(dir, 16 * 1024);
    Webhooks webhooks = parts.webhooks;
    String main =
        webhooks
            .create(
                Map.of(
                    "target",
                    CLOSED_PORT,
                    "events",
                    List.of("customer.created", "customer.updated")))
            .key();
    parts.store.createPartnership(Map.of("partner_key", "partner_a", "email", "a@example.com"));

    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      writers.add(
          pool.submit(
              () -> {
                for (int i = 0; i < CUSTOMERS_PER_THREAD; i++) {
                  String key = "t" + thread + "_" + i;
                  parts.store.createCustomer(
                      Map.of(
                          "email",
                          key + "@example.com",
                          "partner_key",
                          "partner_a",
                          "customer_key",
                          key));
                  parts.store.updateCustomer(key, Map.of("name", "v" + i));
                }
              }));
    }
    writers.add(
        pool.submit(
            () -> {
              for (int i = 0; i < 40; i++) {
                webhooks.update(main, Map.of("secret", "whsec_" + i));
                String extra =
                    webhooks
                        .create(
                            Map.of("target", CLOSED_PORT, "events", List.of("customer.updated")))
                        .key();
                if (i % 2 == 0) {
                  webhooks.delete(extra);
                }
              }
            }));
    for (Future<?> writer : writers) {
      writer.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
    Map<String, List<String>> waiting = waitingByEvent(webhooks);
    List<Webhook> subscriptions = webhooks.webhooks();
    Path crashed = crashCopy(dir);
    parts.state.close();
    opened.remove(parts.state);

    assertThat(Files.exists(dir.resolve("snapshot.dat"))).as("compacted").isTrue();
    assertThat(waiting.keySet())
        .as("each create and update queued one event for the main webhook")
        .hasSize(THREADS * CUSTOMERS_PER_THREAD * 2);
    for (Path restartFrom : List.of(dir, crashed)) {
      Parts restored = new Parts(restartFrom, Long.MAX_VALUE);
      assertThat(restored.webhooks.webhooks()).as(restartFrom.toString()).isEqualTo(subscriptions);
      assertThat(waitingByEvent(restored.webhooks)).isEqualTo(waiting);
      assertThat(restored.webhooks.get(main).secret()).isEqualTo("whsec_39");
    }
  }

  /** The events waiting, by key, with the webhooks each waits for (sorted: the snapshot order). */
  private static Map<String, List<String>> waitingByEvent(Webhooks webhooks) {
    Map<String, List<String>> waiting = new LinkedHashMap<>();
    for (WebhookRecords.Queued queued : webhooks.waiting()) {
      waiting.put(
          queued.event().key() + " " + new String(queued.event().body()),
          queued.webhooks().stream().sorted().toList());
    }
    return waiting;
  }

  /**
   * What reached the file system, as a crash would leave it, while a background compaction may
   * still run: journal segments first (one that a new snapshot made obsolete may vanish meanwhile),
   * then the snapshot, which is then at least as new as any segment missing.
   */
  private Path crashCopy(Path dir) throws IOException {
    Path copy = Files.createTempDirectory(temp, "crash");
    List<Path> segments;
    try (Stream<Path> files = Files.list(dir)) {
      segments = files.filter(f -> f.getFileName().toString().startsWith("journal-")).toList();
    }
    for (Path segment : segments) {
      try {
        Files.copy(segment, copy.resolve(segment.getFileName()));
      } catch (NoSuchFileException vanished) {
        // deleted after a newer snapshot was in place
      }
    }
    Path snapshot = dir.resolve("snapshot.dat");
    if (Files.exists(snapshot)) {
      Files.copy(snapshot, copy.resolve("snapshot.dat"));
    }
    return copy;
  }
}
