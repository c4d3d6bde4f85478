package dev.cprops.connector.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Syncs CRM-like records ({@link CrmRecords}: 8 properties of 8 types, messy values) into the mock
 * server, side by side in one run, and prints two tables:
 *
 * <ol>
 *   <li>{@code batch_upsert_customers} against the raw ceiling (a bare OkHttp loop sending each
 *       record's one necessary write, the already-canonical create) and the naive way (one {@code
 *       upsert_customer} call per record, one at a time), plus re-syncs of the same records (all
 *       unchanged: no writes); records per second, API requests, and peak heap;
 *   <li>the first comparison again (initial loads only) with network latency added to every API
 *       answer ({@code --latency-ms}, default 2 and 20 ms; WireMock's global fixed delay on the
 *       mock server): on loopback a request costs only CPU, against a real API it mostly waits, and
 *       waiting is what the naive loop cannot overlap. The naive loop then syncs only the first
 *       {@code --latency-naive-records} records (default 1 000), which is enough for its rate;
 *   <li>{@code batch_upsert_customers} as the record count grows, each run in {@code -Xmx256m}.
 * </ol>
 *
 * <p>Every contender runs in a fresh JVM ({@link ContenderRun}, {@code -Xmx256m}), so its heap is
 * its own and each starts equally cold; peak heap is the most heap in use right after any garbage
 * collection ({@link HeapWatch}). The mock server runs in its own JVM ({@link BenchServer}), warmed
 * up first (10 000 raw creates) and reseeded (demo definitions and partners, no customers) before
 * each initial load, so every contender starts from the same state. API requests are the server's
 * own count.
 *
 * <p>Run: {@code ./mvnw -B -q -pl connector -am test-compile exec:java
 * -Dexec.mainClass=dev.cprops.connector.bench.BatchUpsertBenchmark -Dexec.classpathScope=test}
 * (options via {@code -Dexec.args="--records 20000 --scale 20000,100000,200000 --concurrency 8
 * --latency-ms 2,20 --latency-naive-records 1000"}). Goals (issue 5): batch at least 0.8 of the raw
 * ceiling and 5x the naive way; heap flat as the record count grows, 200 000 records in under 256
 * MB.
 */
public final class BatchUpsertBenchmark {
  private static final String CONTENDER_HEAP = "256m";
  private static final String SERVER_HEAP = "2g";
  private static final int WARMUP_RECORDS = 10_000;

  private BatchUpsertBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int records = Integer.parseInt(options.getOrDefault("records", "20000"));
    int naiveRecords = Integer.parseInt(options.getOrDefault("naive-records", "" + records));
    int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "8"));
    List<Integer> scale = integers(options.getOrDefault("scale", "20000,100000,200000"));
    List<Integer> latencies = integers(options.getOrDefault("latency-ms", "2,20"));
    int latencyNaiveRecords =
        Integer.parseInt(options.getOrDefault("latency-naive-records", "1000"));
    System.out.printf(
        Locale.ROOT,
        "batch_upsert_customers benchmark: %d CPUs, load average %.2f at start, Java %s;"
            + " concurrency %d; each contender in a fresh JVM with -Xmx%s%n",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        System.getProperty("java.version"),
        concurrency,
        CONTENDER_HEAP);
    try (BenchServer server = BenchServer.start(SERVER_HEAP)) {
      server.reseed();
      run(server, "raw", WARMUP_RECORDS, concurrency);
      List<Row> rows = new ArrayList<>();
      server.reseed();
      Row raw = run(server, "raw", records, concurrency).named("raw ceiling (POST create)");
      rows.add(raw);
      rows.add(
          run(server, "batch", records, concurrency)
              .named("batch re-sync of the raw ceiling's state"));
      server.reseed();
      Row batch =
          run(server, "batch", records, concurrency).named("batch_upsert_customers (initial)");
      rows.add(batch);
      rows.add(run(server, "batch", records, concurrency).named("batch re-sync (same records)"));
      server.reseed();
      Row naive = run(server, "naive", naiveRecords, 1).named("naive (upsert_customer loop)");
      rows.add(naive);
      printComparison(rows, records, concurrency);
      printRatios(batch, raw, naive);

      for (int latency : latencies) {
        server.latency(latency);
        List<Row> latencyRows = new ArrayList<>();
        server.reseed();
        Row latencyRaw =
            run(server, "raw", records, concurrency).named("raw ceiling (POST create)");
        latencyRows.add(latencyRaw);
        server.reseed();
        Row latencyBatch =
            run(server, "batch", records, concurrency).named("batch_upsert_customers (initial)");
        latencyRows.add(latencyBatch);
        server.reseed();
        Row latencyNaive =
            run(server, "naive", Math.min(records, latencyNaiveRecords), 1)
                .named("naive (upsert_customer loop)");
        latencyRows.add(latencyNaive);
        server.latency(0);
        System.out.printf(
            Locale.ROOT,
            "%n%nThe same with %d ms of network latency added to every API answer (WireMock's"
                + " global fixed delay)",
            latency);
        printComparison(latencyRows, records, concurrency);
        printRatios(latencyBatch, latencyRaw, latencyNaive);
      }

      List<Row> growth = new ArrayList<>();
      for (int n : scale) {
        server.reseed();
        growth.add(run(server, "batch", n, concurrency).named("batch_upsert_customers"));
      }
      printGrowth(growth);
    }
    System.out.printf(
        Locale.ROOT,
        "%nload average at the end: %.2f (the machine may be shared: rates are noisy)%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static Row run(BenchServer server, String contender, int records, int concurrency)
      throws IOException, InterruptedException {
    System.err.printf(Locale.ROOT, "running %s, %d records...%n", contender, records);
    long before = server.requestsServed();
    double serverCpuBefore = server.cpuSeconds();
    Process child =
        ChildJvm.start(
            CONTENDER_HEAP,
            ContenderRun.class,
            contender,
            server.baseUrl(),
            Integer.toString(records),
            Integer.toString(concurrency));
    Map<String, String> result = null;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(ContenderRun.RESULT + " ")) {
          result = options(line.substring(ContenderRun.RESULT.length() + 1).split(" "));
        }
      }
    }
    int exit = child.waitFor();
    if (exit != 0 || result == null) {
      throw new IllegalStateException(contender + " run failed with exit code " + exit);
    }
    return new Row(
        contender,
        records,
        Double.parseDouble(result.get("seconds")),
        Double.parseDouble(result.get("cpu_seconds")),
        server.cpuSeconds() - serverCpuBefore,
        server.requestsServed() - before,
        Long.parseLong(result.get("peak_heap_bytes")),
        Integer.parseInt(result.get("created")),
        Integer.parseInt(result.get("updated")),
        Integer.parseInt(result.get("unchanged")),
        Integer.parseInt(result.get("failed")),
        server.customers());
  }

  private static void printComparison(List<Row> rows, int records, int concurrency) {
    System.out.printf(
        Locale.ROOT,
        "%n%d CRM-like records (8 mixed-type properties, messy values), concurrency %d"
            + " (naive: 1)%n%n",
        records,
        concurrency);
    String format = "%-42s %8s %8s %10s %9s %8s %11s %11s %8s %8s %9s %7s %9s %10s%n";
    System.out.printf(
        Locale.ROOT,
        format,
        "contender",
        "records",
        "seconds",
        "records/s",
        "requests",
        "req/rec",
        "client CPU",
        "server CPU",
        "created",
        "updated",
        "unchanged",
        "failed",
        "customers",
        "peak heap");
    for (Row r : rows) {
      System.out.printf(
          Locale.ROOT,
          format,
          r.name(),
          r.records(),
          String.format(Locale.ROOT, "%.2f", r.seconds()),
          String.format(Locale.ROOT, "%.0f", r.rate()),
          r.requests(),
          String.format(Locale.ROOT, "%.2f", (double) r.requests() / r.records()),
          perRecord(r.clientCpuSeconds(), r.records()),
          perRecord(r.serverCpuSeconds(), r.records()),
          r.created(),
          r.updated(),
          r.unchanged(),
          r.failed(),
          r.customers(),
          megabytes(r.peakHeapBytes()));
    }
  }

  private static void printRatios(Row batch, Row raw, Row naive) {
    System.out.printf(
        Locale.ROOT,
        "%nbatch / raw ceiling: %.2f (goal >= 0.80)   batch / naive: %.1fx (goal >= 5x)%n",
        batch.rate() / raw.rate(),
        batch.rate() / naive.rate());
  }

  private static List<Integer> integers(String commaSeparated) {
    List<Integer> values = new ArrayList<>();
    for (String n : commaSeparated.split(",")) {
      if (!n.isBlank()) {
        values.add(Integer.parseInt(n.strip()));
      }
    }
    return values;
  }

  private static void printGrowth(List<Row> rows) {
    System.out.printf(
        Locale.ROOT,
        "%nbatch_upsert_customers heap as the record count grows (each run -Xmx%s)%n%n",
        CONTENDER_HEAP);
    String format = "%10s %8s %10s %9s %8s %7s %10s%n";
    System.out.printf(
        Locale.ROOT,
        format,
        "records",
        "seconds",
        "records/s",
        "requests",
        "created",
        "failed",
        "peak heap");
    for (Row r : rows) {
      System.out.printf(
          Locale.ROOT,
          format,
          r.records(),
          String.format(Locale.ROOT, "%.2f", r.seconds()),
          String.format(Locale.ROOT, "%.0f", r.rate()),
          r.requests(),
          r.created(),
          r.failed(),
          megabytes(r.peakHeapBytes()));
    }
  }

  private static String perRecord(double cpuSeconds, int records) {
    return String.format(Locale.ROOT, "%.0f us/rec", cpuSeconds * 1e6 / records);
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("--") && i + 1 < args.length) {
        options.put(arg.substring(2), args[++i]);
      } else if (arg.contains("=")) {
        options.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      } else if (!arg.isBlank()) {
        throw new IllegalArgumentException("unknown argument: " + arg);
      }
    }
    return options;
  }

  /** One measured run. */
  private record Row(
      String name,
      int records,
      double seconds,
      double clientCpuSeconds,
      double serverCpuSeconds,
      long requests,
      long peakHeapBytes,
      int created,
      int updated,
      int unchanged,
      int failed,
      long customers) {
    double rate() {
      return records / seconds;
    }

    Row named(String label) {
      return new Row(
          label,
          records,
          seconds,
          clientCpuSeconds,
          serverCpuSeconds,
          requests,
          peakHeapBytes,
          created,
          updated,
          unchanged,
          failed,
          customers);
    }
  }
}
