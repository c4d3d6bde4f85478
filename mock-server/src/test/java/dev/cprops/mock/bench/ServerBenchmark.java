package dev.cprops.mock.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the mock server against the ceiling of its HTTP layer (plain WireMock serving a static
 * stub) and against json-server 0.17 (what developers use instead), side by side in one run: {@code
 * GET} and {@code PATCH} of one customer, a closed loop over {@code --connections} keep-alive
 * connections, a warm-up per target, then the targets measured in interleaved rounds. Each server
 * runs as a child process of its own, with the same customers; only the one being measured gets
 * requests. Prints requests per second, p50 and p99 latency, the cores each side kept busy, and the
 * ratios. Run it with {@code bench/mock-server.sh}.
 */
public final class ServerBenchmark {
  private static final double JIT_QUIET_PERCENT = 2;
  private static final int SETTLE_ROUND_SECONDS = 5;
  private static final int MAX_SETTLE_ROUNDS = 12;
  private static final String AUTHORIZATION =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("pk_demo_public:sk_demo_secret".getBytes(StandardCharsets.UTF_8));

  private final BenchmarkOptions options;
  private final Path workDir;
  private final PrintStream progress = System.err;
  private final List<RunResult> results = new ArrayList<>();

  private ServerBenchmark(BenchmarkOptions options, Path workDir) {
    this.options = options;
    this.workDir = workDir;
  }

  public static void main(String[] args) throws Exception {
    BenchmarkOptions options;
    try {
      options = BenchmarkOptions.parse(Arrays.asList(args));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    new ServerBenchmark(options, Files.createTempDirectory("cprops-bench")).run();
  }

  private void run() throws IOException, InterruptedException {
    System.out.println(MachineInfo.describe(options));
    List<ChildServer> servers = new ArrayList<>();
    try {
      ChildServer ours = startOurServer();
      servers.add(ours);
      CustomerExport export =
          CustomerExport.read("http://" + ChildServer.HOST + ":" + ours.port(), AUTHORIZATION);
      List<String> ids = export.ids();
      List<Target> targets = new ArrayList<>();
      if (options.targets().contains(ResultTable.OURS)) {
        targets.add(new Target(ResultTable.OURS, ours, "/api/v2/customers/", ids.size()));
      }
      if (options.targets().contains(ResultTable.STUB)) {
        ChildServer stub = startStaticStub();
        servers.add(stub);
        targets.add(new Target(ResultTable.STUB, stub, "/api/v2/customers/", ids.size()));
      }
      if (options.targets().contains(ResultTable.JSON_SERVER)) {
        if (options.jsonServer() == null) {
          progress.println("json-server skipped: no --json-server given");
        } else {
          Path database = workDir.resolve("db.json");
          export.writeJsonServerDatabase(database);
          ChildServer jsonServer = startJsonServer(database);
          servers.add(jsonServer);
          targets.add(new Target(ResultTable.JSON_SERVER, jsonServer, "/customers/", ids.size()));
        }
      }
      for (Target target : targets) {
        warmUp(target, ids);
      }
      measure(targets, ids);
    } finally {
      for (ChildServer server : servers) {
        server.close();
      }
    }
    System.out.println();
    ResultTable.print(results, System.out);
    System.out.println();
    System.out.println("load average after: " + MachineInfo.loadAverage());
  }

  /**
   * Warms every route up (so the JIT has seen them all). A JVM server is warm only once its JIT
   * compiler has (nearly) stopped: on a busy machine C2 may still be compiling after the warm-up,
   * and its CPU would count against the first measured route. So the warm-up goes on in rounds of
   * {@value #SETTLE_ROUND_SECONDS} s per route while the compiler threads use more than {@value
   * #JIT_QUIET_PERCENT}% of the server's CPU, for at most {@value #MAX_SETTLE_ROUNDS} rounds (on
   * Linux, where their CPU can be read).
   */
  private void warmUp(Target target, List<String> ids) throws InterruptedException {
    progress.printf(
        "%s: warm-up %d s per route (longer while its JIT compiles)%n",
        target.name(), options.warmup().toSeconds());
    double jitPercent = warmUp(target, ids, options.warmup());
    for (int round = 1; jitPercent > JIT_QUIET_PERCENT && round <= MAX_SETTLE_ROUNDS; round++) {
      progress.printf(
          Locale.ROOT,
          "%s: JIT compiler used %.1f%% of the server's CPU, warming up %d s more per route%n",
          target.name(),
          jitPercent,
          SETTLE_ROUND_SECONDS);
      jitPercent = warmUp(target, ids, Duration.ofSeconds(SETTLE_ROUND_SECONDS));
    }
  }

  /**
   * Measures every target and route in {@code --rounds} interleaved rounds of an equal share of
   * {@code --duration}, each round starting with the next target: the load of a shared machine
   * changes by the minute, and this way a change hits every target alike instead of the one that
   * happened to be measured then.
   */
  private void measure(List<Target> targets, List<String> ids) throws InterruptedException {
    int rounds = options.rounds();
    Duration slice = options.duration().dividedBy(rounds);
    progress.printf(
        Locale.ROOT,
        "measuring: %d rounds of %.1f s per target and route, targets interleaved%n",
        rounds,
        slice.toMillis() / 1e3);
    Map<String, RunResult> merged = new LinkedHashMap<>();
    for (Route route : Route.values()) {
      for (Target target : targets) {
        merged.put(target.name() + " " + route, null);
      }
    }
    for (int round = 0; round < rounds; round++) {
      for (Route route : Route.values()) {
        for (int i = 0; i < targets.size(); i++) {
          Target target = targets.get((round + i) % targets.size());
          RunResult result = load(target, route, ids).run(slice);
          merged.merge(target.name() + " " + route, result, RunResult::plus);
        }
      }
    }
    results.addAll(merged.values());
  }

  /** Loads every route for {@code duration}; the most the JIT used of the server's CPU, or NaN. */
  private double warmUp(Target target, List<String> ids, Duration duration)
      throws InterruptedException {
    double jitPercent = Double.NaN;
    for (Route route : Route.values()) {
      double percent = load(target, route, ids).run(duration).serverJitPercent();
      jitPercent = Double.isNaN(jitPercent) ? percent : Math.max(jitPercent, percent);
    }
    return jitPercent;
  }

  private LoadRun load(Target target, Route route, List<String> ids) {
    ClientKind.ConnectionFactory factory =
        options.client().factory(ChildServer.HOST, target.server().port(), AUTHORIZATION);
    return new LoadRun(target, route, ids, options.connections(), factory);
  }

  private ChildServer startOurServer() throws IOException, InterruptedException {
    int port = ChildServer.freePort();
    List<String> command = new ArrayList<>(List.of(java(), "-jar", options.jar().toString()));
    command.addAll(
        List.of("--port", Integer.toString(port), "--customers", "" + options.customers()));
    if (supportsRateLimitFlag()) {
      command.addAll(List.of("--rate-limit", "0"));
      progress.println("mock server: rate limiting turned off (--rate-limit 0)");
    }
    return ChildServer.start(ResultTable.OURS, command, port, workDir);
  }

  private ChildServer startStaticStub() throws IOException, InterruptedException {
    int port = ChildServer.freePort();
    List<String> command =
        List.of(
            java(),
            "-cp",
            System.getProperty("java.class.path"),
            StaticStubServer.class.getName(),
            Integer.toString(port));
    return ChildServer.start(ResultTable.STUB, command, port, workDir);
  }

  private ChildServer startJsonServer(Path database) throws IOException, InterruptedException {
    int port = ChildServer.freePort();
    List<String> command =
        List.of(
            "node",
            options.jsonServer().toString(),
            "--host",
            ChildServer.HOST,
            "--port",
            Integer.toString(port),
            "--quiet",
            database.toString());
    return ChildServer.start(ResultTable.JSON_SERVER, command, port, workDir);
  }

  /** Whether this build of the mock server has a rate limiter that the benchmark must turn off. */
  private boolean supportsRateLimitFlag() throws IOException, InterruptedException {
    Process help =
        new ProcessBuilder(java(), "-jar", options.jar().toString(), "--help")
            .redirectErrorStream(true)
            .start();
    String usage = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    help.waitFor();
    return usage.contains("--rate-limit");
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
