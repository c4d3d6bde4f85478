package dev.cprops.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                    "--journal"))
            .build();

    assertThat(server.publicKey()).isEqualTo("pk");
    assertThat(server.secretKey()).isEqualTo("sk");
    assertThat(server.host()).isEqualTo("127.0.0.1");
    assertThat(server.crmAccessToken()).isEqualTo("crm_t");
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
