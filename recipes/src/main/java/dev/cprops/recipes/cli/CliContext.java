package dev.cprops.recipes.cli;

import dev.cprops.recipes.connections.ConnectionProvider;
import dev.cprops.recipes.runner.Sleeper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * What the commands take from the world, so tests can replace it.
 *
 * @param environment environment variables (connection values {@code RECIPE_<APP>_<FIELD>})
 * @param clock the time source
 * @param sleeper waits between scheduled ticks
 * @param providers makes the connection providers for one command (closed when it ends)
 * @param terminal whether output goes to a terminal (progress bars) rather than plain lines
 * @param handleInterrupts whether a continuous run installs a shutdown hook to end cleanly on
 *     Ctrl-C
 */
public record CliContext(
    Map<String, String> environment,
    Clock clock,
    Sleeper sleeper,
    Supplier<List<ConnectionProvider>> providers,
    boolean terminal,
    boolean handleInterrupts) {

  /** The real world: the process environment, the system clock, providers from the class path. */
  public static CliContext system() {
    return new CliContext(
        System.getenv(),
        Clock.systemDefaultZone(),
        Sleeper.SYSTEM,
        CliContext::loadProviders,
        System.console() != null,
        true);
  }

  private static List<ConnectionProvider> loadProviders() {
    List<ConnectionProvider> providers = new ArrayList<>();
    ServiceLoader.load(ConnectionProvider.class).forEach(providers::add);
    return providers;
  }
}
