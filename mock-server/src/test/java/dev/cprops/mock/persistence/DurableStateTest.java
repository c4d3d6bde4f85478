package dev.cprops.mock.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.mock.json.JsonValueWriter;
import dev.cprops.mock.seed.DemoSeeder;
import dev.cprops.mock.seed.Seed;
import dev.cprops.mock.store.CreatedPartnership;
import dev.cprops.mock.store.Customer;
import dev.cprops.mock.store.CustomerFilter;
import dev.cprops.mock.store.CustomerPropertiesStore;
import dev.cprops.mock.store.Page;
import dev.cprops.mock.store.PageRequest;
import dev.cprops.mock.store.PropertyDefinition;
import dev.cprops.mock.store.SortOrder;
import dev.cprops.mock.store.StoreState;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data directory through the store's API. A crash is simulated by copying the directory's files
 * while the server runs: the copy holds exactly what reached the file system at that moment.
 */
class DurableStateTest {
  @TempDir Path temp;

  private final List<DurableState> opened = new ArrayList<>();

  @AfterEach
  void closeAll() {
    opened.forEach(DurableState::close);
  }

  @Test
  void everyKindOfEntity_roundTrips_throughACleanRestart() {
    Path dir = temp.resolve("data");
    CustomerPropertiesStore store = new CustomerPropertiesStore();
    DurableState persistence = open(dir, store);
    assertThat(persistence.recovery().fresh()).isTrue();
    writeSample(store);
    Map<String, Object> before = contents(store);
    long lastUpdate = maxUpdatedAt(store);
    persistence.close();
    opened.remove(persistence);

    CustomerPropertiesStore restored = new CustomerPropertiesStore();
    DurableState reopened = open(dir, restored);

    assertThat(reopened.recovery().fresh()).isFalse();
    assertThat(contents(restored)).isEqualTo(before);
    assertThat(restored.partnerKeyForApiKey("ptk_known")).contains("partner_a");
    Customer patched = restored.updateCustomer("c1", Map.of("name", "after restart"));
    assertThat(patched.updatedAt()).isGreaterThan(lastUpdate);
  }

  @Test
  void acknowledgedWrites_surviveACrash_withoutClose() throws IOException {
    Path dir = temp.resolve("data");
    CustomerPropertiesStore store = new CustomerPropertiesStore();
    open(dir, store);
    writeSample(store);

    CustomerPropertiesStore restored = new CustomerPropertiesStore();
    DurableState reopened = open(CrashCopy.of(dir), restored);

    assertThat(contents(restored)).isEqualTo(contents(store));
    assertThat(reopened.recovery().journalRecords()).isEqualTo(7);
  }

  @Test
  void tenThousandJournalRecords_replay_theLatestStateOfEachEntityWinning() throws IOException {
    Path dir = temp.resolve("data");
    Map<String, Customer> latest = new TreeMap<>();
    try (DataDirectory directory = DataDirectory.open(dir);
        Journal journal = Journal.start(directory, 0, 1, Long.MAX_VALUE, () -> {})) {
      for (int i = 0; i < 10_000; i++) {
        int n = i % 2_000;
        Customer customer =
            new Customer(
                "cus_" + n,
                "c" + n,
                "c" + n + "@example.com",
                null,
                "partner_a",
                "part_a",
                null,
                false,
                false,
                n + 1,
                10_000 + i,
                Map.of("n", BigDecimal.valueOf(i)));
        journal.append(JsonValueWriter.write(customerRecord(customer)));
        latest.put(customer.key(), customer);
      }
      journal.awaitDurable(10_000);
    }

    CustomerPropertiesStore restored = new CustomerPropertiesStore();
    DurableState reopened = open(dir, restored);

    assertThat(reopened.recovery().journalRecords()).isEqualTo(10_000);
    assertThat(contents(restored).get("customers")).isEqualTo(latest);
    assertThat(restored.getCustomer("c1999").meta()).containsEntry("n", new BigDecimal(9_999));
  }

  @Test
  void aRecordCutShortAtTheEnd_isDropped_andTheRestLoads() throws IOException {
    Path dir = temp.resolve("data");
    CustomerPropertiesStore store = new CustomerPropertiesStore();
    open(dir, store);
    writeSample(store);
    Path copy = CrashCopy.of(dir);
    FramesTest.truncateBy(onlySegment(copy), 5);

    CustomerPropertiesStore restored = new CustomerPropertiesStore();
    DurableState reopened = open(copy, restored);

    assertThat(reopened.recovery().journalRecords()).isEqualTo(6);
    assertThat(reopened.recovery().droppedBytes()).isGreaterThan(0);
    assertThat(restored.getCustomer("c1").archived()).as("the last write is gone").isFalse();
    assertThat(restored.counts().customers()).isEqualTo(2);
  }

  @Test
  void aBadChecksumBeforeValidRecords_isACorruptionNamingFileAndOffset() throws IOException {
    Path dir = temp.resolve("data");
    CustomerPropertiesStore store = new CustomerPropertiesStore();
    open(dir, store);
    writeSample(store);
    Path copy = CrashCopy.of(dir);
    Path segment = onlySegment(copy);
    FramesTest.flipByte(segment, FileHeader.BYTES + 30);

    assertThatThrownBy(() -> open(copy, new CustomerPropertiesStore()))
        .isInstanceOf(DataDirException.class)
        .hasMessage(
            "Journal "
                + segment
                + " is corrupt at offset 8: a frame fails its checksum, and valid records follow it");
  }

  @Test
  void compaction_writesASnapshot_deletesCoveredSegments_andLoadsTheSame() throws IOException {
    Path dir = temp.resolve("data");
    CustomerPropertiesStore store = new CustomerPropertiesStore();
    DurableState persistence = open(dir, store);
    writeSample(store);

    persistence.compact();
    store.updateCustomer("c2", map("name", "after compaction"));

    assertThat(Files.exists(dir.resolve("snapshot.dat"))).isTrue();
    assertThat(segments(dir)).hasSize(1);
    CustomerPropertiesStore restored = new CustomerPropertiesStore();
    DurableState reopened = open(CrashCopy.of(dir), restored);
    assertThat(reopened.recovery().journalRecords()).isEqualTo(1);
    assertThat(contents(restored)).isEqualTo(contents(store));
  }

  @Test
  void aRestart_compactsTheJournalIntoTheSnapshot() throws IOException {
    Path dir = temp.resolve("data");
    CustomerPropertiesStore store = new CustomerPropertiesStore();
    open(dir, store);
    writeSample(store);
    Path copy = CrashCopy.of(dir);

    open(copy, new CustomerPropertiesStore()).close();
    opened.clear();
    CustomerPropertiesStore again = new CustomerPropertiesStore();
    DurableState third = open(copy, again);

    assertThat(third.recovery().journalRecords()).isZero();
    assertThat(contents(again)).isEqualTo(contents(store));
  }

  @Test
  void everyListOrder_isTheSameAfterARestart_fromTheJournal_andFromTheSnapshot()
      throws IOException {
    Path dir = temp.resolve("data");
    CustomerPropertiesStore store = new CustomerPropertiesStore();
    open(dir, store);
    store.createPartnership(
        map("partner_key", "partner_a", "email", "a@example.com", "name", "A"), "ptk_known");
    for (int i = 0; i < 600; i++) {
      store.createCustomer(
          map(
              "email", "c" + i + "@example.com",
              "partner_key", "partner_a",
              "customer_key", "c" + i));
    }
    Random random = new Random(7);
    for (int i = 0; i < 900; i++) {
      store.updateCustomer("c" + random.nextInt(600), map("name", "update " + i));
    }
    Map<SortOrder, List<String>> before = walks(store);
    Path copy = CrashCopy.of(dir);

    CustomerPropertiesStore fromJournal = new CustomerPropertiesStore();
    assertThat(open(copy, fromJournal).recovery().journalRecords()).isEqualTo(1_501);
    assertThat(walks(fromJournal)).isEqualTo(before);
    opened.remove(opened.size() - 1).close();

    CustomerPropertiesStore fromSnapshot = new CustomerPropertiesStore();
    assertThat(open(copy, fromSnapshot).recovery().journalRecords()).isZero();
    assertThat(walks(fromSnapshot)).isEqualTo(before);
  }

  @Test
  void concurrentWriters_withBackgroundCompaction_loseNothing() throws Exception {
    Path dir = temp.resolve("data");
    CustomerPropertiesStore store = new CustomerPropertiesStore();
    DurableState persistence = DurableState.open(dir, List.of(store.durablePart()), 16 * 1024);
    opened.add(persistence);
    store.createPartnership(map("partner_key", "partner_a", "email", "a@example.com"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      writers.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 100; i++) {
                  String key = "t" + thread + "_" + i;
                  store.createCustomer(
                      map(
                          "email",
                          key + "@example.com",
                          "partner_key",
                          "partner_a",
                          "customer_key",
                          key));
                  store.updateCustomer(key, map("name", "v" + i));
                }
              }));
    }
    for (Future<?> writer : writers) {
      writer.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();

    persistence.close();
    opened.remove(persistence);

    assertThat(Files.exists(dir.resolve("snapshot.dat"))).as("compacted").isTrue();
    CustomerPropertiesStore restored = new CustomerPropertiesStore();
    open(dir, restored);
    assertThat(restored.counts().customers()).isEqualTo(800);
    assertThat(contents(restored)).isEqualTo(contents(store));
  }

  @Test
  void resetAndSeed_areDurable_andARestartDoesNotSeedAgain() throws IOException {
    Path dir = temp.resolve("data");
    CustomerPropertiesStore store = new CustomerPropertiesStore();
    open(dir, store);
    DemoSeeder seeder = new DemoSeeder(store);
    Map<String, String> keys = seeder.seed(Seed.DEMO, 25);
    store.createCustomer(
        map("email", "extra@example.com", "partner_key", keys.keySet().iterator().next()));

    CustomerPropertiesStore restored = new CustomerPropertiesStore();
    DurableState reopened = open(CrashCopy.of(dir), restored);
    assertThat(reopened.recovery().fresh()).isFalse();
    assertThat(contents(restored)).isEqualTo(contents(store));
    assertThat(new DemoSeeder(restored).recallDemoPartners()).isEqualTo(keys);

    store.clear();
    CustomerPropertiesStore afterReset = new CustomerPropertiesStore();
    DurableState third = open(CrashCopy.of(dir), afterReset);
    assertThat(third.recovery().fresh()).as("an empty state is still a state").isFalse();
    assertThat(afterReset.counts().customers()).isZero();
    assertThat(afterReset.counts().partnerships()).isZero();
  }

  @Test
  void aDataDirInUse_isRefused() {
    Path dir = temp.resolve("data");
    open(dir, new CustomerPropertiesStore());

    assertThatThrownBy(() -> open(dir, new CustomerPropertiesStore()))
        .isInstanceOf(DataDirException.class)
        .hasMessage("Data dir " + dir + " is in use by another mock server");
  }

  @Test
  void missingRecords_areACorruption() throws IOException {
    Path dir = temp.resolve("data");
    CustomerPropertiesStore store = new CustomerPropertiesStore();
    DurableState persistence = open(dir, store);
    writeSample(store);
    persistence.compact();
    store.updateCustomer("c2", map("name", "after compaction"));
    Path copy = CrashCopy.of(dir);
    Files.delete(copy.resolve("snapshot.dat"));

    assertThatThrownBy(() -> open(copy, new CustomerPropertiesStore()))
        .isInstanceOf(DataDirException.class)
        .hasMessageEndingWith("is corrupt at offset 8: records 1 to 7 are missing");
  }

  @Test
  void anotherFormatVersion_isRefusedByName() throws IOException {
    Path dir = temp.resolve("data");
    CustomerPropertiesStore store = new CustomerPropertiesStore();
    DurableState persistence = open(dir, store);
    writeSample(store);
    persistence.compact();
    Path copy = CrashCopy.of(dir);
    Path snapshot = copy.resolve("snapshot.dat");
    FramesTest.flipByte(snapshot, 7);

    assertThatThrownBy(() -> open(copy, new CustomerPropertiesStore()))
        .isInstanceOf(DataDirException.class)
        .hasMessage(snapshot + " was written in format version 17; this server reads version 1");
  }

  // ---- helpers ----

  /** Seven changes: a partnership, two properties, two customers, two updates. */
  private static void writeSample(CustomerPropertiesStore store) {
    store.createPartnership(
        map("partner_key", "partner_a", "email", "a@example.com", "name", "A"), "ptk_known");
    store.createProperty(
        map(
            "api_name",
            "plan",
            "label",
            "Plan",
            "type",
            "dropdown",
            "options",
            List.of(map("label", "Pro", "value", "pro"), map("label", "Free", "value", "free"))));
    store.createProperty(map("label", "MRR", "type", "currency", "access", "read_only"));
    store.createCustomer(
        map(
            "email",
            "one@example.com",
            "partner_key",
            "partner_a",
            "customer_key",
            "c1",
            "meta",
            map("plan", "Pro", "mrr", "1200.5")));
    store.createCustomer(
        map("email", "two@example.com", "partner_key", "partner_a", "customer_key", "c2"));
    store.updateCustomer("c2", map("meta", map("mrr", new BigDecimal("7"))));
    store.archiveCustomer("c1");
  }

  private DurableState open(Path dir, CustomerPropertiesStore store) {
    DurableState persistence = DurableState.open(dir, List.of(store.durablePart()));
    opened.add(persistence);
    return persistence;
  }

  private static List<Path> segments(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith("journal-")).toList();
    }
  }

  private static Path onlySegment(Path dir) throws IOException {
    List<Path> segments = segments(dir);
    assertThat(segments).hasSize(1);
    return segments.get(0);
  }

  private static Map<String, Object> contents(CustomerPropertiesStore store) {
    StoreState state = store.exportState();
    Map<String, Object> contents = new LinkedHashMap<>();
    contents.put("clock", state.clock());
    Map<String, PropertyDefinition> properties = new TreeMap<>();
    state.properties().forEach(p -> properties.put(p.key(), p));
    Map<String, Customer> customers = new TreeMap<>();
    state.customers().forEach(c -> customers.put(c.key(), c));
    Map<String, CreatedPartnership> partnerships = new TreeMap<>();
    state.partnerships().forEach(p -> partnerships.put(p.partnership().key(), p));
    contents.put("properties", properties);
    contents.put("customers", customers);
    contents.put("partnerships", partnerships);
    return contents;
  }

  /** A customer's record as the store writes it. */
  private static Map<String, Object> customerRecord(Customer c) {
    return map(
        "kind",
        "customer",
        "key",
        c.key(),
        "customer_key",
        c.customerKey(),
        "email",
        c.email(),
        "name",
        c.name(),
        "partner_key",
        c.partnerKey(),
        "partnership_key",
        c.partnershipKey(),
        "provider_key",
        c.providerKey(),
        "test",
        c.test(),
        "archived",
        c.archived(),
        "created_at",
        c.createdAt(),
        "updated_at",
        c.updatedAt(),
        "meta",
        c.meta());
  }

  /** Every customer key, walking each order in pages of 50. */
  private static Map<SortOrder, List<String>> walks(CustomerPropertiesStore store) {
    Map<SortOrder, List<String>> walks = new LinkedHashMap<>();
    for (SortOrder order : SortOrder.values()) {
      List<String> keys = new ArrayList<>();
      String after = null;
      Page<Customer> page;
      do {
        page =
            store.listCustomers(
                CustomerFilter.NONE,
                new PageRequest(50, after, null, order, Long.MIN_VALUE, Long.MAX_VALUE));
        page.items().forEach(customer -> keys.add(customer.customerKey()));
        after = page.items().isEmpty() ? null : page.items().get(page.items().size() - 1).key();
      } while (page.hasMore());
      assertThat(keys).hasSize(600).doesNotHaveDuplicates();
      walks.put(order, keys);
    }
    return walks;
  }

  private static long maxUpdatedAt(CustomerPropertiesStore store) {
    return store.exportState().customers().stream()
        .mapToLong(Customer::updatedAt)
        .max()
        .orElseThrow();
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
