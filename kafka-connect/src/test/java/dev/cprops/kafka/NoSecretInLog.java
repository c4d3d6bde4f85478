package dev.cprops.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.MockServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After a cluster test class (its cluster stopped), checks that Kafka's log file ({@code
 * target/kafka-it.log}, where the failsafe lane sends it) holds no line with the mock server's
 * secret key: Connect's REST answers, which Kafka's harness logs, echo connector configs as
 * submitted, so the tests give secrets by reference ({@link dev.cprops.kafka.harness.SecretsFile}),
 * and the plugin logs none.
 */
final class NoSecretInLog implements AfterAllCallback {
  static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    String file = System.getProperty(LOG_FILE);
    if (file == null || file.equals("System.err") || file.equals("System.out")) {
      return; // not the failsafe lane: the log went to the console
    }
    Path log = Path.of(file);
    assertThat(log).as("Kafka's log file").exists();
    List<String> leaks;
    try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
      leaks =
          lines
              .filter(line -> line.contains(MockServer.Builder.DEFAULT_SECRET_KEY))
              .map(line -> line.length() > 300 ? line.substring(0, 300) + " ..." : line)
              .toList();
    }
    assertThat(leaks).as("lines of " + log + " holding the secret key").isEmpty();
  }
}
