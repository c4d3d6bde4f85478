package dev.cprops.recipes.studio;

import com.sun.net.httpserver.HttpServer;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.runner.AppRegistry;
import dev.cprops.recipes.runner.RunSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The recipe studio: a local web app over the recipe files of one directory, listening on 127.0.0.1
 * only. It knows apps only through the connector SPI (the registry {@code run} uses) and runs steps
 * and recipes through the runner. Start with {@link #start}, stop with {@link #close}.
 */
public final class Studio implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads;
  private final RunJobs jobs;
  private final Path workDir;

  private Studio(HttpServer server, ExecutorService threads, RunJobs jobs, Path workDir) {
    this.server = server;
    this.threads = threads;
    this.jobs = jobs;
    this.workDir = workDir;
  }

  /**
   * Starts the studio.
   *
   * @param directory the folder of recipe files
   * @param port the port on 127.0.0.1, or 0 for a free one
   * @param apps the apps (built-in and connectors)
   * @param connections where connections come from (a file, the environment, or the default)
   * @param summaryText prints a run's summary as {@code run} does
   * @throws UncheckedIOException if the port cannot be bound
   */
  public static Studio start(
      Path directory,
      int port,
      AppRegistry apps,
      Connections connections,
      Function<RunSummary, String> summaryText) {
    try {
      Path workDir = Files.createTempDirectory("recipe-studio");
      StudioApps studioApps = new StudioApps(apps, connections);
      RunJobs jobs = new RunJobs(connections, workDir, summaryText);
      CsrfGuard guard = new CsrfGuard();
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      guard.port(server.getAddress().getPort());
      server.createContext(
          "/", new StudioRoutes(new RecipeLibrary(directory), studioApps, jobs, guard));
      ExecutorService threads = Executors.newFixedThreadPool(4, daemon());
      server.setExecutor(threads);
      server.start();
      return new Studio(server, threads, jobs, workDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the studio on 127.0.0.1:" + port, e);
    }
  }

  /** {@code http://127.0.0.1:PORT/}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
    jobs.close();
    try (Stream<Path> files = Files.walk(workDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread thread = new Thread(r, "studio-http");
      thread.setDaemon(true);
      return thread;
    };
  }
}
