package dev.cprops.connector.bench;

import dev.cprops.connector.CustomerPropertiesConnector;
import dev.cprops.connector.client.HttpLogger;
import dev.cprops.connector.internal.actions.BatchSummary;
import dev.cprops.connector.internal.actions.BatchUpsertCustomersAction;
import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Connection;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One contender of {@link BatchUpsertBenchmark}, run in a JVM of its own (so its heap is its own):
 * syncs records {@code 0 .. n-1} of {@link CrmRecords} into the server at the base URL and prints
 * one {@code RESULT} line with the wall time, the JVM's CPU time, the peak heap after GC and the
 * per-record statuses.
 *
 * <p>Arguments: {@code batch|raw|naive BASE_URL RECORDS CONCURRENCY}.
 */
public final class ContenderRun {
  static final String RESULT = "RESULT";

  private ContenderRun() {}

  public static void main(String[] args) throws Exception {
    String contender = args[0];
    String baseUrl = args[1];
    int records = Integer.parseInt(args[2]);
    int concurrency = Integer.parseInt(args[3]);
    Map<String, Object> connectionInput = new LinkedHashMap<>();
    connectionInput.put("base_url", baseUrl);
    connectionInput.put("auth_type", "vendor");
    connectionInput.put("public_key", BenchServer.PUBLIC_KEY);
    connectionInput.put("secret_key", BenchServer.SECRET_KEY);
    CustomerPropertiesConnector connector =
        new CustomerPropertiesConnector(
            b -> b.logger(line -> {}, HttpLogger.Level.NONE), Clock.systemUTC());
    Connection connection = connector.connect(connectionInput);
    AtomicReference<StatusCounts> counts = new AtomicReference<>();
    try (HeapWatch heap = new HeapWatch()) {
      long start = System.nanoTime();
      long cpuStart = processCpuNanos();
      switch (contender) {
        case "batch" -> counts.set(batch(connector, connection, records, concurrency));
        case "raw" -> counts.set(new RawCreateLoop(baseUrl, concurrency).run(records));
        case "naive" -> counts.set(naive(connector, connection, records));
        default -> throw new IllegalArgumentException("unknown contender " + contender);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
      StatusCounts c = counts.get();
      System.out.printf(
          Locale.ROOT,
          "%s contender=%s records=%d seconds=%.3f cpu_seconds=%.3f peak_heap_bytes=%d gcs=%d created=%d"
              + " updated=%d unchanged=%d failed=%d%n",
          RESULT,
          contender,
          records,
          seconds,
          cpuSeconds,
          heap.peakAfterFinalGc(),
          heap.collections(),
          c.created(),
          c.updated(),
          c.unchanged(),
          c.failed());
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static StatusCounts batch(
      CustomerPropertiesConnector connector, Connection connection, int records, int concurrency) {
    BatchUpsertCustomersAction action =
        (BatchUpsertCustomersAction) connector.action("batch_upsert_customers").orElseThrow();
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("match_by", "customer_key");
    input.put("concurrency", concurrency);
    FirstFailure firstFailure = new FirstFailure();
    BatchSummary summary =
        action.batch(connection, input).run(CrmRecords.messyRows(records), firstFailure);
    firstFailure.report();
    return new StatusCounts(
        summary.created(), summary.updated(), summary.unchanged(), summary.failed());
  }

  private static StatusCounts naive(
      CustomerPropertiesConnector connector, Connection connection, int records) {
    Action upsert = connector.action("upsert_customer").orElseThrow();
    NaiveUpsertLoop loop = new NaiveUpsertLoop(upsert, connection);
    return loop.run(records);
  }
}
