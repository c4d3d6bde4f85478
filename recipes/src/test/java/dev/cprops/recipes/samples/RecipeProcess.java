package dev.cprops.recipes.samples;

import dev.cprops.recipes.cli.Main;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.embedded.EmbeddedMockServerProvider;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts the {@code recipe} command in a child JVM (to be killed or sent SIGTERM), connected to a
 * {@link DemoServer} through the environment variables of both apps' connections. Its standard
 * output goes to {@code output}, its standard error to {@code output + ".err"}.
 */
final class RecipeProcess {
  private RecipeProcess() {}

  static Process start(DemoServer demo, Path output, String... args) throws IOException {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(java.toString(), "-Xmx256m", "-cp", classPath, Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(output.toFile())
            .redirectError(new File(output + ".err"));
    Map<String, String> env = builder.environment();
    for (String app : List.of("customer_properties", "crm")) {
      EmbeddedMockServerProvider.connectionValues(demo.server, app)
          .orElseThrow()
          .forEach(
              (field, value) -> env.put(Connections.variableName(app, field), value.toString()));
    }
    return builder.start();
  }
}
