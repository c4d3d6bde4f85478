package dev.cprops.mock.bench;

import java.time.Duration;

/** What one measured run of one route against one target gave (or several, {@link #plus}). */
record RunResult(
    String target,
    Route route,
    long requests,
    long errors,
    Duration elapsed,
    Latencies latencies,
    Duration serverCpu,
    double serverJitShare,
    Duration clientCpu) {

  /** This run and {@code other} (of the same target and route) as one. */
  RunResult plus(RunResult other) {
    Latencies both = new Latencies();
    both.addAll(latencies);
    both.addAll(other.latencies);
    long cpu = serverCpu.toNanos() + other.serverCpu.toNanos();
    double jitShare =
        cpu == 0
            ? Double.NaN
            : (serverJitShare * serverCpu.toNanos()
                    + other.serverJitShare * other.serverCpu.toNanos())
                / cpu;
    return new RunResult(
        target,
        route,
        requests + other.requests,
        errors + other.errors,
        elapsed.plus(other.elapsed),
        both,
        serverCpu.plus(other.serverCpu),
        jitShare,
        clientCpu.plus(other.clientCpu));
  }

  double requestsPerSecond() {
    return requests / (elapsed.toNanos() / 1e9);
  }

  double p50Millis() {
    return latencies.percentile(50) / 1e6;
  }

  double p99Millis() {
    return latencies.percentile(99) / 1e6;
  }

  /** Cores the server kept busy on average (CPU time / wall time). */
  double serverCores() {
    return (double) serverCpu.toNanos() / elapsed.toNanos();
  }

  /** Server CPU time per request, in microseconds: steadier than req/s on a busy machine. */
  double serverMicrosPerRequest() {
    return requests == 0 ? 0 : serverCpu.toNanos() / 1e3 / requests;
  }

  /** The share of the server's CPU its JIT compiler used, in percent; NaN when unknown. */
  double serverJitPercent() {
    return serverJitShare * 100;
  }

  /** Cores the load generator kept busy on average. */
  double clientCores() {
    return (double) clientCpu.toNanos() / elapsed.toNanos();
  }
}
