package dev.cprops.mock.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The mock server's fat jar run as a child process on a free port: started, waited for until it has
 * printed its start-up lines (the listening line gives the port), then killed with SIGKILL or
 * stopped.
 */
public final class ServerProcess {
  private static final String LISTENING = "Mock server listening on ";
  private static final String LAST_LINE = "Admin:";

  private final Process process;
  private final List<String> output = Collections.synchronizedList(new ArrayList<>());
  private final String rootUrl;

  private ServerProcess(Process process, long startTimeoutSeconds) throws Exception {
    this.process = process;
    CompletableFuture<String> listening = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String url = null;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  output.add(line);
                  if (line.startsWith(LISTENING)) {
                    url = line.substring(LISTENING.length()).trim();
                  } else if (line.startsWith(LAST_LINE) && url != null) {
                    listening.complete(url);
                  }
                }
              } catch (IOException e) {
                listening.completeExceptionally(e);
              }
              listening.completeExceptionally(
                  new IllegalStateException("The server exited: " + output()));
            },
            "mock-server-output");
    reader.setDaemon(true);
    reader.start();
    this.rootUrl = listening.get(startTimeoutSeconds, TimeUnit.SECONDS);
  }

  /** Starts {@code java -jar jar args...} and waits for the listening line. */
  public static ServerProcess start(Path jar, List<String> args) throws Exception {
    return start(List.of(), jar, args);
  }

  /** Starts {@code java jvmOptions... -jar jar args...} and waits for the listening line. */
  public static ServerProcess start(List<String> jvmOptions, Path jar, List<String> args)
      throws Exception {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run the package phase first");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      return new ServerProcess(process, 120);
    } catch (Exception e) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      throw e;
    }
  }

  /** The server's root, e.g. {@code http://127.0.0.1:40123}. */
  public String rootUrl() {
    return rootUrl;
  }

  /** Everything the server printed so far. */
  public String output() {
    synchronized (output) {
      return String.join("\n", output);
    }
  }

  /** Whether the process still runs. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL: no shutdown hook, no flush. */
  public void killHard() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("The server did not die");
    }
  }

  /** SIGTERM, then SIGKILL if it does not stop. */
  public void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      killHard();
    }
  }
}
