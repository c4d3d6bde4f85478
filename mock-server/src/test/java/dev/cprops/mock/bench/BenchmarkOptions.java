package dev.cprops.mock.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The command line of {@link ServerBenchmark}. */
record BenchmarkOptions(
    Path jar,
    Path jsonServer,
    int customers,
    int connections,
    Duration warmup,
    Duration duration,
    int rounds,
    ClientKind client,
    Set<String> targets) {

  static final List<String> ALL_TARGETS =
      List.of(ResultTable.OURS, ResultTable.STUB, ResultTable.JSON_SERVER);

  static final String USAGE =
      """
      Usage: ServerBenchmark [options]
        --jar PATH          the mock server's fat jar (default mock-server/target/mock-server.jar)
        --json-server PATH  json-server 0.17.x's bin script; without it json-server is skipped
        --customers N       customers in every server (default 1000)
        --connections N     concurrent keep-alive connections (default 16)
        --warmup S          seconds of warm-up per target and route, not measured (default 10;
                            a JVM server is warmed up longer while its JIT compiler is busy)
        --duration S        seconds measured per target and route (default 15)
        --rounds N          the measured seconds are split into N rounds, the targets
                            interleaved round by round (default 5)
        --client raw|jdk    the load generator's HTTP client (default raw)
        --targets A,B       which of mock-server, wiremock-static-stub, json-server to measure
                            (default all three)
      """;

  static BenchmarkOptions parse(List<String> args) {
    Path jar = Path.of("mock-server/target/mock-server.jar");
    Path jsonServer = null;
    int customers = 1000;
    int connections = 16;
    int warmup = 10;
    int duration = 15;
    int rounds = 5;
    ClientKind client = ClientKind.RAW;
    Set<String> targets = new LinkedHashSet<>(ALL_TARGETS);
    for (int i = 0; i < args.size(); i++) {
      String name = args.get(i);
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
      }
      String value = args.get(++i);
      switch (name) {
        case "--jar" -> jar = Path.of(value);
        case "--json-server" -> jsonServer = Path.of(value);
        case "--customers" -> customers = positive(name, value);
        case "--connections" -> connections = positive(name, value);
        case "--warmup" -> warmup = positive(name, value);
        case "--duration" -> duration = positive(name, value);
        case "--rounds" -> rounds = positive(name, value);
        case "--client" -> client = ClientKind.valueOf(value.toUpperCase(Locale.ROOT));
        case "--targets" -> targets = targets(value);
        default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
      }
    }
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("no mock server jar at " + jar + " (./mvnw package)");
    }
    if (connections > customers) {
      throw new IllegalArgumentException("need at least as many customers as connections");
    }
    return new BenchmarkOptions(
        jar,
        jsonServer,
        customers,
        connections,
        Duration.ofSeconds(warmup),
        Duration.ofSeconds(duration),
        rounds,
        client,
        targets);
  }

  private static Set<String> targets(String value) {
    Set<String> targets = new LinkedHashSet<>(Arrays.asList(value.split(",")));
    if (!ALL_TARGETS.containsAll(targets)) {
      throw new IllegalArgumentException("--targets must name some of " + ALL_TARGETS);
    }
    return targets;
  }

  private static int positive(String name, String value) {
    int number = Integer.parseInt(value);
    if (number < 1) {
      throw new IllegalArgumentException(name + " must be 1 or more, was " + value);
    }
    return number;
  }
}
