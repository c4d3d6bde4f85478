package dev.cprops.mock.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A closed-loop load: {@code connections} worker threads, each with its own keep-alive connection,
 * send the next request as soon as the previous answer is in, for a fixed time. Worker {@code w}
 * takes the customers {@code w, w + connections, ...} in turn, so each customer has one writer and
 * its PATCHes alternate values. Every latency is kept.
 */
final class LoadRun {
  private final Target target;
  private final Route route;
  private final List<String> ids;
  private final int connections;
  private final ClientKind.ConnectionFactory factory;

  LoadRun(
      Target target,
      Route route,
      List<String> ids,
      int connections,
      ClientKind.ConnectionFactory factory) {
    this.target = target;
    this.route = route;
    this.ids = List.copyOf(ids);
    this.connections = connections;
    this.factory = factory;
  }

  RunResult run(Duration duration) throws InterruptedException {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<Worker> workers = new ArrayList<>();
    for (int w = 0; w < connections; w++) {
      workers.add(new Worker(w));
    }
    ServerCpu serverCpuBefore = target.server().cpu();
    long clientCpuBefore = os.getProcessCpuTime();
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (Worker worker : workers) {
      Thread thread = new Thread(() -> worker.run(deadline), "load-" + worker.index);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    ServerCpu serverCpuAfter = target.server().cpu();
    Duration serverCpu = serverCpuAfter.total().minus(serverCpuBefore.total());
    Duration clientCpu = Duration.ofNanos(os.getProcessCpuTime() - clientCpuBefore);
    Latencies all = new Latencies();
    long errors = 0;
    for (Worker worker : workers) {
      all.addAll(worker.latencies);
      errors += worker.errors;
    }
    return new RunResult(
        target.name(),
        route,
        all.size(),
        errors,
        elapsed,
        all,
        serverCpu,
        serverCpuAfter.jitShareSince(serverCpuBefore),
        clientCpu);
  }

  private final class Worker {
    private final int index;
    private final Latencies latencies = new Latencies();
    private long errors;
    private int next;

    Worker(int index) {
      this.index = index;
      this.next = index;
    }

    void run(long deadline) {
      HttpConnection connection = factory.open();
      try {
        while (System.nanoTime() < deadline) {
          int customer = next;
          next = next + connections < ids.size() ? next + connections : index;
          byte[] body = route.body(route == Route.PATCH ? target.writes()[customer]++ : 0);
          String path = target.pathPrefix() + ids.get(customer);
          long sent = System.nanoTime();
          int status = exchange(connection, path, body);
          latencies.record(System.nanoTime() - sent);
          if (status < 200 || status > 299) {
            errors++;
          }
        }
      } finally {
        closeQuietly(connection);
      }
    }

    private int exchange(HttpConnection connection, String path, byte[] body) {
      try {
        return connection.exchange(route.name(), path, body);
      } catch (IOException | RuntimeException e) {
        closeQuietly(connection);
        return -1;
      }
    }
  }

  private static void closeQuietly(HttpConnection connection) {
    try {
      connection.close();
    } catch (IOException ignored) {
      // the next exchange opens a new connection
    }
  }
}
