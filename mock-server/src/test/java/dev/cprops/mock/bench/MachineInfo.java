package dev.cprops.mock.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the numbers depend on: cores, load, Java, and the run's settings. */
final class MachineInfo {
  private MachineInfo() {}

  static String describe(BenchmarkOptions options) {
    return String.format(
        "machine: %d cores, load average %s; Java %s%n"
            + "load: %d keep-alive connections (client %s), %d customers, "
            + "%d s warm-up + %d s measured per target and route (%d interleaved rounds)",
        Runtime.getRuntime().availableProcessors(),
        loadAverage(),
        System.getProperty("java.version"),
        options.connections(),
        options.client().name().toLowerCase(java.util.Locale.ROOT),
        options.customers(),
        options.warmup().toSeconds(),
        options.duration().toSeconds(),
        options.rounds());
  }

  /** The 1, 5 and 15 minute load averages, where the system tells them. */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
