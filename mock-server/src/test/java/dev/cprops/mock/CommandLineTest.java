package dev.cprops.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.mock.webhooks.WebhookSettings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {
  @Test
  void parsesEveryFlag_inBothForms() throws Exception {
    MockServer server =
        CommandLine.parse(
                List.of(
                    "--port",
                    "0",
                    "--host=127.0.0.1",
                    "--seed",
                    "empty",
                    "--customers=5",
                    "--public-key",
                    "pk",
                    "--secret-key",
                    "sk",
                    "--journal"))
            .build();

    assertThat(server.publicKey()).isEqualTo("pk");
    assertThat(server.secretKey()).isEqualTo("sk");
    assertThat(server.host()).isEqualTo("127.0.0.1");
  }

  @Test
  void rateLimitAndChaosFlags_configureTheServer() throws Exception {
    MockServer server =
        CommandLine.parse(List.of("--rate-limit", "120", "--chaos-seed=9", "--chaos", "0.2"))
            .build();

    assertThat(server.rateLimiter().limit()).isEqualTo(120);
    assertThat(server.chaos().settings().rate()).isEqualTo(0.2);
    assertThat(server.chaos().settings().seed()).isEqualTo(9);
  }

  @Test
  void byDefault_theRateLimitIs4000_andChaosIsOff() throws Exception {
    MockServer server = CommandLine.parse(List.of()).build();

    assertThat(server.rateLimiter().limit()).isEqualTo(4_000);
    assertThat(server.chaos().settings().enabled()).isFalse();
  }

  @Test
  void badRateLimitAndChaosValues_areUsageErrors_namingTheValue() {
    assertThatThrownBy(() -> CommandLine.parse(List.of("--rate-limit", "-1")))
        .hasMessage(
            "--rate-limit: rate limit must be 0 (off) to 1000000000 requests per minute, was -1");
    assertThatThrownBy(() -> CommandLine.parse(List.of("--chaos", "2")))
        .hasMessage("--chaos must be a number from 0 to 1, got '2'");
    assertThatThrownBy(() -> CommandLine.parse(List.of("--chaos-seed", "x")))
        .hasMessage("--chaos-seed must be an integer, got 'x'");
    assertThatThrownBy(() -> CommandLine.parse(List.of("--chaos-seed", "3")))
        .hasMessage("--chaos-seed needs --chaos RATE above 0");
  }

  @Test
  void parsesTheWebhookFlags() throws Exception {
    MockServer server =
        CommandLine.parse(
                List.of(
                    "--webhook-attempts",
                    "3",
                    "--webhook-backoff-ms=50",
                    "--webhook-timeout-ms",
                    "2000",
                    "--webhook-queue=100"))
            .build();

    assertThat(server.webhookSettings())
        .isEqualTo(
            WebhookSettings.DEFAULTS
                .withMaxAttempts(3)
                .withBackoff(Duration.ofMillis(50))
                .withTimeout(Duration.ofSeconds(2))
                .withQueueCapacity(100));
    assertThatThrownBy(() -> CommandLine.parse(List.of("--webhook-attempts", "0")))
        .isInstanceOf(CommandLine.UsageException.class)
        .hasMessage("--webhook-attempts: webhook attempts must be 1..100, was 0");
    assertThatThrownBy(() -> CommandLine.parse(List.of("--webhook-timeout-ms", "soon")))
        .hasMessage("--webhook-timeout-ms must be an integer, got 'soon'");
  }

  @Test
  void help_returnsNoSettings() throws Exception {
    assertThat(CommandLine.parse(List.of("--help"))).isNull();
  }

  @Test
  void unknownFlagsAndBadValues_areUsageErrors() {
    assertThatThrownBy(() -> CommandLine.parse(List.of("--data-dir", "x")))
        .isInstanceOf(CommandLine.UsageException.class)
        .hasMessage("Unknown option: --data-dir");
    assertThatThrownBy(() -> CommandLine.parse(List.of("--port", "http")))
        .hasMessage("--port must be an integer, got 'http'");
    assertThatThrownBy(() -> CommandLine.parse(List.of("--port", "70000")))
        .hasMessage("--port: port must be 0..65535, was 70000");
    assertThatThrownBy(() -> CommandLine.parse(List.of("--seed", "full")))
        .hasMessage("--seed must be demo or empty, got 'full'");
    assertThatThrownBy(() -> CommandLine.parse(List.of("--customers")))
        .hasMessage("--customers needs a value");
  }
}
