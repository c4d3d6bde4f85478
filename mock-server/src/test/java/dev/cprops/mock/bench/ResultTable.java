package dev.cprops.mock.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Prints the results side by side, and the throughput ratios of our server to the others. */
final class ResultTable {
  static final String OURS = "mock-server";
  static final String STUB = "wiremock-static-stub";
  static final String JSON_SERVER = "json-server";

  private ResultTable() {}

  static void print(List<RunResult> results, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%-22s %-6s %9s %8s %8s %7s %12s %13s %6s %12s%n",
        "target",
        "route",
        "req/s",
        "p50 ms",
        "p99 ms",
        "errors",
        "server cores",
        "server us/req",
        "jit %",
        "client cores");
    for (Route route : Route.values()) {
      for (RunResult r : results) {
        if (r.route() == route) {
          out.printf(
              Locale.ROOT,
              "%-22s %-6s %9.0f %8.2f %8.2f %7d %12.2f %13.0f %6s %12.2f%n",
              r.target(),
              r.route(),
              r.requestsPerSecond(),
              r.p50Millis(),
              r.p99Millis(),
              r.errors(),
              r.serverCores(),
              r.serverMicrosPerRequest(),
              Double.isNaN(r.serverJitPercent())
                  ? "-"
                  : String.format(Locale.ROOT, "%.1f", r.serverJitPercent()),
              r.clientCores());
        }
      }
    }
    out.println();
    for (Route route : Route.values()) {
      Optional<RunResult> ours = find(results, OURS, route);
      if (ours.isEmpty()) {
        continue;
      }
      out.printf(
          Locale.ROOT,
          "%-6s ours / static stub: %s   ours / json-server: %s%n",
          route,
          ratio(ours.get(), find(results, STUB, route)),
          ratio(ours.get(), find(results, JSON_SERVER, route)));
    }
  }

  private static String ratio(RunResult ours, Optional<RunResult> other) {
    return other
        .map(
            o ->
                String.format(
                    Locale.ROOT,
                    "%.3gx req/s, %.3gx p50",
                    ours.requestsPerSecond() / o.requestsPerSecond(),
                    ours.p50Millis() / o.p50Millis()))
        .orElse("(not run)");
  }

  private static Optional<RunResult> find(List<RunResult> results, String target, Route route) {
    return results.stream()
        .filter(r -> r.target().equals(target) && r.route() == route)
        .findFirst();
  }
}
