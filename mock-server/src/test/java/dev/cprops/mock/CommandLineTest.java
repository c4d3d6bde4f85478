package dev.cprops.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.mock.http.FrontDoorSettings;
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
                    "--crm-token=crm_t",
                    "--journal",
                    "--data-dir=target/data"))
            .build();

    assertThat(server.publicKey()).isEqualTo("pk");
    assertThat(server.secretKey()).isEqualTo("sk");
    assertThat(server.host()).isEqualTo("127.0.0.1");
    assertThat(server.crmAccessToken()).isEqualTo("crm_t");
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
  void hostileClientFlags_configureTheFrontDoor() throws Exception {
    MockServer server =
        CommandLine.parse(
                List.of(
                    "--admin-token",
                    "s3cret",
                    "--max-body-size=512k",
                    "--max-admin-body-size",
                    "4m",
                    "--read-timeout-ms=2500",
                    "--min-data-rate",
                    "0"))
            .build();

    FrontDoorSettings settings = server.frontDoorSettings();
    assertThat(server.adminTokenRequired()).isTrue();
    assertThat(settings.adminToken()).isEqualTo("s3cret");
    assertThat(settings.maxApiBodyBytes()).isEqualTo(512 * 1024);
    assertThat(settings.maxOtherBodyBytes()).isEqualTo(4 * 1024 * 1024);
    assertThat(settings.readTimeout()).isEqualTo(Duration.ofMillis(2500));
    assertThat(settings.minDataRate()).isZero();
    assertThat(settings.bindHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void byDefault_theServerListensOnLoopback_withoutAdminToken_and1MiBBodies() throws Exception {
    MockServer server = CommandLine.parse(List.of()).build();

    assertThat(server.host()).isEqualTo("127.0.0.1");
    assertThat(server.adminTokenRequired()).isFalse();
    assertThat(server.frontDoorSettings().maxApiBodyBytes()).isEqualTo(1024 * 1024);
  }

  @Test
  void badSizes_areUsageErrors_namingTheValue() {
    assertThatThrownBy(() -> CommandLine.parse(List.of("--max-body-size", "lots")))
        .hasMessage(
            "--max-body-size must be a size in bytes, e.g. 1048576, 512k or 4m, got 'lots'");
    assertThatThrownBy(() -> CommandLine.parse(List.of("--max-body-size", "0")))
        .hasMessageContaining("--max-body-size: max body size must be 1 byte or more");
    assertThatThrownBy(() -> CommandLine.parse(List.of("--admin-token", " ")))
        .hasMessageContaining("--admin-token: admin token must not be blank");
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
    assertThatThrownBy(() -> CommandLine.parse(List.of("--no-such-flag", "x")))
        .isInstanceOf(CommandLine.UsageException.class)
        .hasMessage("Unknown option: --no-such-flag");
    assertThatThrownBy(() -> CommandLine.parse(List.of("--data-dir")))
        .hasMessage("--data-dir needs a value");
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
