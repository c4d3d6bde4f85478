package dev.cprops.recipes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.recipes.failure.ExitCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudioCommandTest {
  @TempDir Path dir;

  @Test
  void folderThatIsNotThere_isAUsageError() {
    Cli cli = Cli.run("studio", dir.resolve("nope").toString());
    assertThat(cli.exitCode).isEqualTo(ExitCode.USAGE.code());
    assertThat(cli.err()).contains("DIR: '" + dir.resolve("nope") + "' is not a folder");
  }

  @Test
  void portOutOfRange_isAUsageError() {
    Cli cli = Cli.run("studio", dir.toString(), "--port", "70000");
    assertThat(cli.exitCode).isEqualTo(ExitCode.USAGE.code());
    assertThat(cli.err()).contains("--port: 70000 is not a port (0 to 65535)");
  }

  @Test
  void help_saysWhatItServes() {
    Cli cli = Cli.run("studio", "--help");
    assertThat(cli.exitCode).isZero();
    assertThat(cli.out()).contains("Serves the recipe studio on 127.0.0.1");
  }
}
