package dev.cprops.mock.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.mock.api.CustomerPropertiesApi;
import dev.cprops.mock.crm.Crm;
import dev.cprops.mock.json.JsonValueWriter;
import dev.cprops.mock.store.CustomerPropertiesStore;
import dev.cprops.mock.webhooks.WebhookSettings;
import dev.cprops.mock.webhooks.Webhooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several parts in one data directory: the store, the webhooks (subscriptions and the outbox of
 * events to deliver) and the CRM. A crash is simulated by copying the directory's files while it is
 * open. The webhooks target a closed port with a long backoff, so events wait.
 */
class DurablePartsTest {
  private static final String SECRET = "whsec_do_not_print_me";
  private static final WebhookSettings WAITING =
      WebhookSettings.DEFAULTS.withBackoff(Duration.ofHours(1)).withMaxAttempts(100);

  @TempDir Path temp;

  private final List<AutoCloseable> opened = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable resource : opened) {
      resource.close();
    }
  }

  /** The parts a server has, wired as the server wires them. */
  private final class Server {
    final CustomerPropertiesStore store = new CustomerPropertiesStore();
    final Webhooks webhooks = new Webhooks(WAITING, CustomerPropertiesApi.vendorViews());
    final Crm crm = new Crm("crm_token");
    final DurableState state;

    Server(Path dir) {
      store.addListener(webhooks.storeListener());
      opened.add(webhooks);
      state = DurableState.open(dir, parts());
      opened.add(state);
    }

    List<DurablePart> parts() {
      return List.of(store.durablePart(), webhooks.durablePart(), crm.durablePart());
    }
  }

  @Test
  void aWriteThatQueuesAnEvent_isOneRecord_keptOrLostWhole() throws IOException {
    Path dir = temp.resolve("data");
    Server server = new Server(dir);
    server.webhooks.create(
        map(
            "target",
            "http://127.0.0.1:9/hook",
            "events",
            List.of("customer.created"),
            "secret",
            SECRET));
    server.store.createPartnership(map("partner_key", "partner_a", "email", "a@example.com"));
    server.store.createCustomer(map("email", "c1@example.com", "partner_key", "partner_a"));
    assertThat(server.webhooks.stats().pending()).isEqualTo(1);
    Path crashed = CrashCopy.of(dir);
    Path torn = CrashCopy.of(dir);
    FramesTest.truncateBy(onlySegment(torn), 5);

    Server whole = new Server(crashed);
    assertThat(whole.state.recovery().journalRecords())
        .as("webhook, partnership, customer + event")
        .isEqualTo(3);
    assertThat(whole.store.counts().customers()).isEqualTo(1);
    assertThat(whole.webhooks.stats().pending()).isEqualTo(1);

    Server cut = new Server(torn);
    assertThat(cut.state.recovery().droppedBytes()).isPositive();
    assertThat(cut.store.counts().customers()).isZero();
    assertThat(cut.webhooks.stats().pending()).as("the event went with its change").isZero();
    assertThat(cut.webhooks.stats().webhooks()).isEqualTo(1);
  }

  @Test
  void aReplaceMarker_takesAPosition_thatLoadingSkips() throws IOException {
    Path dir = temp.resolve("data");
    try (DataDirectory directory = DataDirectory.open(dir);
        Journal journal = Journal.start(directory, 0, 1, Long.MAX_VALUE, () -> {})) {
      journal.append(JsonValueWriter.write(company("1001", "Acme", 10)));
      journal.append(Records.replaced()); // a seed whose snapshot a crash prevented
      journal.append(JsonValueWriter.write(company("1001", "Acme Ltd", 20)));
      journal.awaitDurable(3);
    }

    Server server = new Server(dir);

    assertThat(server.state.recovery().journalRecords()).isEqualTo(3);
    assertThat(server.crm.store().find("hs_object_id", "1001").orElseThrow().property("name"))
        .isEqualTo("Acme Ltd");
  }

  @Test
  void aWebhookRecordWithoutItsTarget_stopsTheStart_namingFileOffsetAndField_notTheSecret()
      throws IOException {
    Path dir = temp.resolve("data");
    Map<String, Object> webhook = webhookRecord();
    webhook.remove("target");
    writeJournal(dir, List.of(webhook));
    Path segment = onlySegment(dir);

    assertThatThrownBy(() -> new Server(dir))
        .isInstanceOf(DataDirException.class)
        .hasMessage("Journal " + segment + " is corrupt at offset 8: field 'target' is missing")
        .satisfies(e -> assertThat(e.toString()).doesNotContain(SECRET));
  }

  @Test
  void aWebhookRecordWithAWrongType_stopsTheStart_withoutShowingTheSecret() throws IOException {
    Path dir = temp.resolve("data");
    Map<String, Object> first = webhookRecord();
    Map<String, Object> second = webhookRecord();
    second.put("events", List.of("customer.created", 7));
    writeJournal(dir, List.of(first, second));

    assertThatThrownBy(() -> new Server(dir))
        .isInstanceOf(DataDirException.class)
        .hasMessageEndingWith("field 'events' is not a list of strings")
        .satisfies(e -> assertThat(e.toString()).doesNotContain(SECRET));
  }

  @Test
  void aDamagedWebhookRecord_beforeValidOnes_isACorruption() throws IOException {
    Path dir = temp.resolve("data");
    writeJournal(dir, List.of(webhookRecord(), company("1001", "Acme", 10)));
    Path segment = onlySegment(dir);
    FramesTest.flipByte(segment, FileHeader.BYTES + 40);

    assertThatThrownBy(() -> new Server(dir))
        .isInstanceOf(DataDirException.class)
        .hasMessage(
            "Journal "
                + segment
                + " is corrupt at offset 8: a frame fails its checksum, and valid records follow it");
  }

  @Test
  void aRecordOfAnUnknownKind_stopsTheStart() throws IOException {
    Path dir = temp.resolve("data");
    writeJournal(dir, List.of(map("kind", "invoice", "key", "inv_1")));

    assertThatThrownBy(() -> new Server(dir))
        .isInstanceOf(DataDirException.class)
        .hasMessageEndingWith("is corrupt at offset 8: unknown record kind 'invoice'");
  }

  @Test
  void twoPartsClaimingOneKind_areRefused() {
    DurablePart store = new CustomerPropertiesStore().durablePart();

    assertThatThrownBy(() -> DurableState.open(temp.resolve("data"), List.of(store, store)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is already taken");
  }

  // ---- helpers ----

  private static Map<String, Object> webhookRecord() {
    return map(
        "kind",
        "webhook",
        "key",
        "wh_1",
        "target",
        "http://127.0.0.1:9/hook",
        "events",
        List.of("customer.created"),
        "secret",
        SECRET,
        "created_at",
        1L,
        "updated_at",
        1L);
  }

  private static Map<String, Object> company(String id, String name, long time) {
    return map(
        "kind",
        "crm_company",
        "id",
        id,
        "properties",
        map("name", name),
        "created_at",
        1L,
        "updated_at",
        time);
  }

  /** A journal holding {@code records}, one frame each, as a server that crashed would leave. */
  private static void writeJournal(Path dir, List<Map<String, Object>> records) throws IOException {
    try (DataDirectory directory = DataDirectory.open(dir);
        Journal journal = Journal.start(directory, 0, 1, Long.MAX_VALUE, () -> {})) {
      for (Map<String, Object> record : records) {
        journal.append(JsonValueWriter.write(record));
      }
      journal.awaitDurable(records.size());
    }
  }

  private static Path onlySegment(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> segments =
          files.filter(f -> f.getFileName().toString().startsWith("journal-")).toList();
      assertThat(segments).hasSize(1);
      return segments.get(0);
    }
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
