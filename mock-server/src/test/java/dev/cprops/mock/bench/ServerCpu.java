package dev.cprops.mock.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The CPU time a server process has used so far and, on Linux, how many of its clock ticks went to
 * HotSpot's JIT compiler threads ({@code C1/C2 CompilerThread*}, read from {@code
 * /proc/<pid>/task}). A run whose server still spends a noticeable share on compiling is not warm
 * yet: its CPU per request includes the compiler's.
 *
 * @param total user and system time of the whole process
 * @param ticks the process's clock ticks (dead threads included), -1 when unknown
 * @param jitTicks the clock ticks of its live JIT compiler threads, -1 when unknown (not Linux, or
 *     not a HotSpot JVM)
 */
record ServerCpu(Duration total, long ticks, long jitTicks) {

  static ServerCpu of(ProcessHandle process) {
    Duration total = process.info().totalCpuDuration().orElse(Duration.ZERO);
    Path proc = Path.of("/proc", Long.toString(process.pid()));
    try {
      long ticks = ticks(Files.readString(proc.resolve("stat")));
      long jitTicks = -1;
      try (DirectoryStream<Path> tasks = Files.newDirectoryStream(proc.resolve("task"))) {
        for (Path task : tasks) {
          long compiler = jitTicks(task.resolve("stat"));
          if (compiler >= 0) {
            jitTicks = Math.max(jitTicks, 0) + compiler;
          }
        }
      }
      return new ServerCpu(total, ticks, jitTicks);
    } catch (IOException | RuntimeException notLinux) {
      return new ServerCpu(total, -1, -1);
    }
  }

  /** The share of the process's CPU between {@code before} and this that the JIT used, or NaN. */
  double jitShareSince(ServerCpu before) {
    long spent = ticks - before.ticks;
    if (ticks < 0 || before.ticks < 0 || jitTicks < 0 || before.jitTicks < 0 || spent <= 0) {
      return Double.NaN;
    }
    return Math.max(0, (double) (jitTicks - before.jitTicks) / spent);
  }

  /** A thread's ticks if it is a JIT compiler thread, else -1. */
  private static long jitTicks(Path taskStat) throws IOException {
    String stat;
    try {
      stat = Files.readString(taskStat);
    } catch (NoSuchFileException threadEnded) {
      return -1;
    }
    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    return name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? ticks(stat) : -1;
  }

  /**
   * utime + stime of a {@code /proc/.../stat} line (fields 14 and 15; the name may hold spaces).
   */
  private static long ticks(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }
}
