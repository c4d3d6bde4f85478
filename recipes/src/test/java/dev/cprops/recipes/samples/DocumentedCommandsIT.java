package dev.cprops.recipes.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.MockServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, point 9: every command shown in a {@code bash} block of README.md and
 * recipes/samples/README.md runs as written, with bash, from a directory laid out like the project
 * root (its entries linked), against the jars the build just packaged (so it runs in failsafe,
 * after {@code package}), and ends with exit code 0 or the one the text documents.
 *
 * <p>What the test changes, and why:
 *
 * <ul>
 *   <li>{@code ./mvnw ... package -DskipTests} and {@code ./mvnw -B verify} are the build that runs
 *       this test: they become {@code true} (the jars they make are checked to exist). Any other
 *       Maven command fails the test unless its block is marked.
 *   <li>Port 4010 becomes a free port; {@code mock-server.jar} is started in the background, the
 *       script waits until it answers, and it is stopped when the block ends.
 *   <li>Benchmarks ({@code java -cp ... *Benchmark}) get a bounded run: 15 s without failing.
 *   <li>The recipe studio is started in the background on a free port; the script waits until its
 *       recipe list answers and lists the samples, and it is stopped when the block ends.
 *   <li>{@code <folder>} runs once per sample folder; the webhook sample, which listens until
 *       Ctrl-C, gets the run its README describes: the printed {@code curl} causes an event, then
 *       SIGTERM ends it (exit 143).
 * </ul>
 *
 * A block whose first line is {@code # not run by DocumentedCommandsIT: <reason>} is skipped; the
 * skipped blocks are listed in {@link #SKIPPED}, so a new one shows up here in review.
 */
class DocumentedCommandsIT {
  private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).normalize();
  private static final String MARKER = "# not run by DocumentedCommandsIT: ";
  private static final List<String> DOCUMENTS = List.of("README.md", "recipes/samples/README.md");
  private static final Pattern BASH_BLOCK = Pattern.compile("(?ms)^```bash\\R(.*?)^```");

  /** The first command of each block that is marked as not run, and why. */
  static final List<String> SKIPPED =
      List.of(
          "README.md: ./mvnw -B -q -pl connector test-compile exec:java"
              + " -Dexec.mainClass=dev.cprops.connector.bench.CoercionBenchmark"
              + " -Dexec.classpathScope=test",
          "README.md: ./mvnw -B -q -pl connector -am test-compile exec:java"
              + " -Dexec.mainClass=dev.cprops.connector.bench.BatchUpsertBenchmark"
              + " -Dexec.classpathScope=test",
          "README.md: bench/mock-server.sh      # options: --duration S --warmup S --connections N"
              + " --customers N --rounds N --client raw|jdk --targets a,b",
          "README.md: ./mvnw -B package -DskipTests          # builds"
              + " kafka-connect/target/cprops-kafka-connect-<version>.zip",
          "README.md: ./mvnw -B package -DskipTests        # once; builds"
              + " kafka-connect/target/kafka-connect-demo.jar",
          "README.md: ./mvnw -B package -DskipTests");

  /** Sample folders whose documented exit code is not 0 (samples/README.md says why). */
  private static final Map<String, Integer> SAMPLE_EXIT_CODES =
      Map.of("crm-changes-to-customers", 1);

  private static final String WEBHOOK_SAMPLE = "customer-events-to-crm";

  @TempDir static Path home;

  @BeforeAll
  static void layOutTheProjectRoot() throws IOException {
    try (Stream<Path> entries = Files.list(ROOT)) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        if (!name.equals(".git") && !name.equals(".recipe-state")) {
          Files.createSymbolicLink(home.resolve(name), entry.toAbsolutePath());
        }
      }
    }
    assertThat(ROOT.resolve("recipes/target/recipe.jar")).exists();
    assertThat(ROOT.resolve("mock-server/target/mock-server.jar")).exists();
  }

  /** A fenced bash block of a document. */
  record Block(String document, String text) {
    String firstCommand() {
      return text.lines()
          .filter(line -> !line.isBlank() && !line.startsWith(MARKER))
          .findFirst()
          .orElse("");
    }

    boolean skipped() {
      return text.startsWith(MARKER);
    }

    @Override
    public String toString() {
      return document + ": " + firstCommand();
    }
  }

  static List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    for (String document : DOCUMENTS) {
      String markdown = read(ROOT.resolve(document));
      Matcher block = BASH_BLOCK.matcher(markdown);
      while (block.find()) {
        blocks.add(new Block(document, block.group(1)));
      }
    }
    return blocks;
  }

  @Test
  void theSkippedBlocksAreTheListedOnes_eachWithAReason() {
    List<Block> skipped = blocks().stream().filter(Block::skipped).toList();
    assertThat(skipped).map(Block::toString).containsExactlyElementsOf(SKIPPED);
    assertThat(skipped)
        .allSatisfy(
            block ->
                assertThat(block.text().lines().findFirst().orElseThrow())
                    .matches(Pattern.quote(MARKER) + "\\S.{10,}"));
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedCommandRunsAsWritten() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Block block : blocks()) {
      if (block.skipped()) {
        continue;
      }
      if (block.text().contains("<folder>")) {
        for (String folder : sampleFolders()) {
          if (folder.equals(WEBHOOK_SAMPLE)) {
            continue; // it listens instead (its own section, the test below)
          }
          String script = block.text().replace("<folder>", folder);
          int expected = SAMPLE_EXIT_CODES.getOrDefault(folder, 0);
          tests.add(
              DynamicTest.dynamicTest(
                  block.document() + ": " + folder, () -> assertRuns(script, expected, List.of())));
        }
      } else if (block.text().contains(WEBHOOK_SAMPLE + "/recipe.json")
          && !block.text().contains("--once")) {
        tests.add(
            DynamicTest.dynamicTest(
                block + " (Ctrl-C ends it: SIGTERM here)", () -> webhookSample(block.text())));
      } else {
        List<String> expectedOutput =
            block.text().contains("partner-edits-to-crm")
                ? List.of("acct_00299 -> CRM company updated: plan pro, industry Robotics")
                : List.of();
        tests.add(
            DynamicTest.dynamicTest(
                block.toString(), () -> assertRuns(block.text(), 0, expectedOutput)));
      }
    }
    return tests.stream();
  }

  @Test
  void recipesMdsConnectionsExample_connectsToAMockServer() throws IOException {
    String markdown = read(ROOT.resolve("recipes/RECIPES.md"));
    Matcher example =
        Pattern.compile("(?ms)^## Connections\\R.*?^```json\\R(.*?)^```").matcher(markdown);
    assertThat(example.find()).isTrue();
    MockServer server = MockServer.builder().port(0).host("127.0.0.1").build().start();
    try {
      String port = Integer.toString(URI.create(server.rootUrl()).getPort());
      Path connections = home.resolve("connections-example.json");
      Files.writeString(connections, example.group(1).replace("4010", port));
      Result result =
          run(
              "java -jar recipes/target/recipe.jar run"
                  + " recipes/samples/crm-export-to-customers/recipe.json --once --connections "
                  + connections
                  + " --state "
                  + home.resolve("state-connections-example"),
              Duration.ofMinutes(3));
      assertThat(result.exitCode()).as(result.output()).isZero();
      assertThat(result.output()).doesNotContain("embedded").contains("created    12");
    } finally {
      server.stop();
    }
  }

  private static List<String> sampleFolders() {
    try (Stream<Path> folders = Files.list(ROOT.resolve("recipes/samples"))) {
      return folders
          .filter(f -> Files.exists(f.resolve("recipe.json")))
          .map(f -> f.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertRuns(String block, int expectedExit, List<String> expectedOutput) {
    Result result = run(script(block), Duration.ofMinutes(4));
    assertThat(result.exitCode())
        .as("exit code of\n" + block + "\noutput:\n" + result.output())
        .isEqualTo(expectedExit);
    System.out.println("$ " + block.strip() + "\n" + result.output());
    for (String expected : expectedOutput) {
      assertThat(result.output()).contains(expected);
    }
  }

  /** The block as a bash script this machine can run (see the class comment). */
  static String script(String block) {
    String port = Integer.toString(freePort());
    StringBuilder script =
        new StringBuilder("set -e\ntrap 'kill $(jobs -p) 2>/dev/null || true' EXIT\n");
    String text = block.replace("4010", port).replace("\\\n", " ");
    for (String line : text.split("\n")) {
      String command = line.strip();
      if (command.startsWith("#") || command.isEmpty()) {
        script.append(line).append('\n');
        continue;
      }
      command = build(command);
      if (command.startsWith("java -jar mock-server/target/mock-server.jar")) {
        script
            .append(command.replaceAll("\\s*&$", ""))
            .append(" > mock-server-")
            .append(port)
            .append(".log 2>&1 &\n")
            .append("for i in $(seq 120); do curl -sf -o /dev/null http://127.0.0.1:")
            .append(port)
            .append("/api/v2/openapi.yaml && break; sleep 0.5; done\n")
            .append("curl -sf -o /dev/null http://127.0.0.1:")
            .append(port)
            .append("/api/v2/openapi.yaml\n");
      } else if (command.startsWith("java -jar recipes/target/recipe.jar studio")) {
        script
            .append(command.replaceAll("\\s*&$", ""))
            .append(" --port ")
            .append(port)
            .append(" > studio-")
            .append(port)
            .append(".log 2>&1 &\n")
            .append("for i in $(seq 120); do curl -sf -o /dev/null http://127.0.0.1:")
            .append(port)
            .append("/ && break; sleep 0.5; done\n")
            .append("curl -sf http://127.0.0.1:")
            .append(port)
            .append("/ | grep -q crm-export-to-customers\n");
      } else if (command.matches("(true && )?java -cp \\S+ \\S+Benchmark\\b.*")) {
        script
            .append("timeout 15 ")
            .append(command.replaceFirst("^true && ", ""))
            .append(" || [ $? -eq 124 ]\n");
      } else {
        script.append(line.replace(line.strip(), command)).append('\n');
      }
    }
    return script.toString();
  }

  /** A Maven command: the build running this test did it (package) or is it (verify). */
  private static String build(String command) {
    Matcher maven = Pattern.compile("\\./mvnw((?:(?!&&)[^#])*)").matcher(command);
    StringBuilder result = new StringBuilder();
    while (maven.find()) {
      String args = maven.group(1).strip();
      boolean theBuild =
          args.matches("(-B )?(-q )?(-pl \\S+ )?(-am )?package -DskipTests")
              || args.equals("-B verify");
      assertThat(theBuild)
          .as("a Maven command the docs test cannot run; mark its block: ./mvnw " + args)
          .isTrue();
      maven.appendReplacement(result, "true ");
    }
    maven.appendTail(result);
    return result.toString().replaceAll("\\s+#.*$", "").strip();
  }

  /** The webhook sample as its README shows it: listen, cause an event with the curl, end. */
  private static void webhookSample(String block) throws Exception {
    String command =
        block.lines().filter(l -> l.contains(WEBHOOK_SAMPLE)).findFirst().orElseThrow().strip();
    Process process =
        new ProcessBuilder("bash", "-c", "exec " + command)
            .directory(home.toFile())
            .redirectOutput(home.resolve("webhook-sample.out").toFile())
            .start();
    BlockingQueue<String> err = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(err::add);
              } catch (IOException e) {
                err.add("(stderr closed: " + e + ")");
              }
            });
    reader.setDaemon(true);
    reader.start();
    try {
      String curl = awaitLine(err, "  curl ", Duration.ofMinutes(2));
      Result caused = run(curl.strip(), Duration.ofSeconds(30));
      assertThat(caused.exitCode()).as(caused.output()).isZero();
      awaitLine(err, "notification with 1 event, answered 200", Duration.ofMinutes(1));
      process.destroy();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String out = Files.readString(home.resolve("webhook-sample.out"));
      assertThat(process.exitValue()).as(out).isEqualTo(143);
      assertThat(out)
          .contains("customer.updated acct_00001 -> CRM updated: ")
          .contains("webhook    1 notification: 1 accepted");
    } finally {
      process.destroyForcibly();
    }
  }

  private static String awaitLine(BlockingQueue<String> lines, String part, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<String> seen = new ArrayList<>();
    while (System.nanoTime() < deadline) {
      String line = lines.poll(1, TimeUnit.SECONDS);
      if (line != null) {
        seen.add(line);
        if (line.contains(part)) {
          return line;
        }
      }
    }
    throw new AssertionError("no line with '" + part + "' within " + timeout + ": " + seen);
  }

  record Result(int exitCode, String output) {}

  private static Result run(String script, Duration timeout) {
    try {
      Path output = Files.createTempFile(home, "command", ".txt");
      ProcessBuilder builder =
          new ProcessBuilder("bash", "-c", script)
              .directory(home.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile());
      builder.environment().keySet().removeIf(name -> name.startsWith("RECIPE_"));
      Process process = builder.start();
      if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError(
            "still running after " + timeout + ":\n" + script + "\n" + Files.readString(output));
      }
      return new Result(process.exitValue(), Files.readString(output));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
