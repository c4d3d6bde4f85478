package dev.cprops.recipes.cli;

import dev.cprops.connector.spi.Connector;
import dev.cprops.recipes.apps.BuiltinApps;
import dev.cprops.recipes.connections.ConnectionProvider;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.recipe.DurationText;
import dev.cprops.recipes.recipe.Recipe;
import dev.cprops.recipes.recipe.RecipeValidator;
import dev.cprops.recipes.runner.AppRegistry;
import dev.cprops.recipes.runner.RecipeRunner;
import dev.cprops.recipes.runner.RunSummary;
import dev.cprops.recipes.runner.WebhookOptions;
import dev.cprops.recipes.state.StateDirectory;
import dev.cprops.recipes.webhook.ListenAddress;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code recipe run FILE}: runs a recipe once, or on its schedule until interrupted; a recipe with
 * a webhook trigger listens for notifications until interrupted or a limit is reached.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    sortSynopsis = false,
    description = {
      "Runs a recipe: once with --once, else on its schedule until interrupted (Ctrl-C).",
      "",
      "Ctrl-C or SIGTERM, in every mode: no new record is taken, the one in flight finishes (at"
          + " most 20 s), the state is saved, the summary says what the next run redoes; exit 130"
          + " (SIGINT) or 143 (SIGTERM).",
      "",
      "A recipe with a webhook trigger instead listens for the app's notifications: it starts a"
          + " local receiver, subscribes the trigger, runs the steps for each event, and"
          + " unsubscribes when it ends (Ctrl-C, --max-events, --duration).",
      "",
      "Progress goes to stderr (bars on a terminal, else a line every few seconds), retries as"
          + " they happen included; log messages and the summary go to stdout."
    })
final class RunCommand implements Callable<Integer> {
  private static final List<String> WEBHOOK_OPTIONS =
      List.of(
          "--listen",
          "--callback-url",
          "--keep-subscription",
          "--max-events",
          "--duration",
          "--ack-timeout");

  /**
   * How long Ctrl-C or SIGTERM waits for the requests in flight to finish, the state to be saved
   * and the summary printed, before the process ends anyway.
   */
  static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);

  @ParentCommand RecipeCommand parent;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The recipe JSON file.")
  Path file;

  @Option(
      names = "--once",
      description = "Run one tick now, then exit (not for webhook triggers: see --max-events).")
  boolean once;

  @Mixin ConnectionOptions connectionOptions;

  @Option(
      names = "--state",
      paramLabel = "DIR",
      description =
          "State directory (cursors, dedup keys, webhook subscriptions);"
              + " default .recipe-state/<recipe name>.")
  Path stateDir;

  @Option(
      names = "--failed-out",
      paramLabel = "FILE",
      description =
          "Where to write the records that failed (their input, the field, the value, the"
              + " reason), to fix and feed back: CSV for a .csv name, else JSON Lines;"
              + " default failed-records.csv in the state directory.")
  Path failedOut;

  @Option(
      names = "--progress-every",
      paramLabel = "D",
      description =
          "When stderr is not a terminal: how often a progress line says where a loop stands"
              + " (records done, of how many, rate, time left), e.g. 30s, 1m; default 5s.")
  String progressEvery;

  @Option(
      names = "--listen",
      paramLabel = "HOST:PORT",
      description =
          "Webhook triggers: where the receiver listens; default "
              + ListenAddress.DEFAULT
              + " (loopback, a free port).")
  String listen;

  @Option(
      names = "--callback-url",
      paramLabel = "URL",
      description =
          "Webhook triggers: the URL the app delivers to, e.g. a tunnel's public URL that forwards"
              + " to --listen; default the receiver's own URL.")
  String callbackUrl;

  @Option(
      names = "--keep-subscription",
      description =
          "Webhook triggers: keep the subscription when the run ends; the next run with the same"
              + " callback URL re-uses it (and gets what the app retried meanwhile).")
  boolean keepSubscription;

  @Option(
      names = "--max-events",
      paramLabel = "N",
      description = "Webhook triggers: stop once N new events were handled.")
  Long maxEvents;

  @Option(
      names = "--duration",
      paramLabel = "D",
      description = "Webhook triggers: stop after this long, e.g. 30s, 5m, 1h.")
  String duration;

  @Option(
      names = "--ack-timeout",
      paramLabel = "D",
      description =
          "Webhook triggers: how long a notification waits for its steps before it is answered 503"
              + " (the steps go on; the app's retry gets their outcome); default 4s.")
  String ackTimeout;

  @Override
  public Integer call() {
    CliContext context = parent.context();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Recipe recipe = RecipeFiles.read(file);
    AppRegistry apps = AppRegistry.load(BuiltinApps.create(out, context.clock()));
    List<ConnectionProvider> providers = context.providers().get();
    try (Connections connections =
        connectionOptions.connections(context, providers, apps, out::println)) {
      new RecipeValidator(apps, connections::given).require(recipe);
      Path dir = stateDir != null ? stateDir : StateDirectory.defaultFor(recipe.name());
      AtomicBoolean stop = new AtomicBoolean();
      CountDownLatch finished = new CountDownLatch(1);
      Thread hook = null;
      Duration every =
          progressEvery == null
              ? LineProgress.DEFAULT_EVERY
              : duration("--progress-every", progressEvery);
      try (ProgressDisplay progress = ProgressDisplay.create(context.terminal(), err, every)) {
        RecipeRunner runner =
            new RecipeRunner(apps, connections, progress, context.clock(), context.sleeper())
                .failedOut(failedOut);
        boolean webhook = runner.hasWebhookTrigger(recipe);
        WebhookOptions options = webhook ? webhookOptions(recipe) : null;
        if (!webhook) {
          rejectWebhookOptions(recipe);
        }
        if (context.handleInterrupts()) {
          hook = interruptHook(stop, finished);
        }
        RunSummary summary;
        if (webhook) {
          Connector triggerApp = apps.find(recipe.trigger().app()).orElseThrow();
          progress.listeningHint(
              () -> WebhookHint.lines(options, providers, connections.given(triggerApp).isEmpty()));
          summary = runner.runWebhook(recipe, dir, options, stop::get);
          if (stop.get()) {
            summary =
                summary.interrupted(
                    "interrupted: notifications not handled yet were answered 503; the app"
                        + " delivers them again to the next run");
          }
        } else {
          summary = runner.run(recipe, dir, once, stop::get);
          if (stop.get()) {
            summary =
                summary.interrupted(
                    summary.read() == 0
                        ? "interrupted before any record was read: the next run starts from the"
                            + " same cursor"
                        : null);
          }
        }
        progress.close();
        SummaryPrinter.print(summary, out);
        out.flush();
        return SummaryPrinter.exitCode(summary);
      } finally {
        finished.countDown();
        if (hook != null && !stop.get()) {
          Runtime.getRuntime().removeShutdownHook(hook);
        }
      }
    }
  }

  private WebhookOptions webhookOptions(Recipe recipe) {
    if (once) {
      throw new UsageException(
          "--once: the trigger of '"
              + recipe.name()
              + "' is a webhook trigger, which has no tick to run once; it listens until Ctrl-C,"
              + " --max-events N or --duration D");
    }
    if (maxEvents != null && maxEvents < 1) {
      throw new UsageException("--max-events: " + maxEvents + " is not a positive number");
    }
    try {
      return new WebhookOptions(
          ListenAddress.parse(listen == null ? ListenAddress.DEFAULT : listen),
          callbackUrl == null ? null : callbackUri(),
          keepSubscription,
          maxEvents == null ? 0 : maxEvents,
          duration == null ? null : duration("--duration", duration),
          ackTimeout == null
              ? WebhookOptions.DEFAULT_ACK_TIMEOUT
              : duration("--ack-timeout", ackTimeout));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private URI callbackUri() {
    try {
      return new URI(callbackUrl);
    } catch (URISyntaxException e) {
      throw new UsageException(
          "--callback-url: '" + callbackUrl + "' is not a URL: " + e.getReason());
    }
  }

  private static Duration duration(String option, String text) {
    try {
      return DurationText.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + ": " + e.getMessage());
    }
  }

  private void rejectWebhookOptions(Recipe recipe) {
    List<String> given = new ArrayList<>();
    for (String name : WEBHOOK_OPTIONS) {
      if (spec.commandLine().getParseResult().hasMatchedOption(name)) {
        given.add(name);
      }
    }
    if (!given.isEmpty()) {
      throw new UsageException(
          String.join(", ", given)
              + ": for webhook triggers only; the trigger of '"
              + recipe.name()
              + "' is polled");
    }
  }

  private static Thread interruptHook(AtomicBoolean stop, CountDownLatch finished) {
    Thread hook =
        new Thread(
            () -> {
              stop.set(true);
              try {
                finished.await(SHUTDOWN_GRACE.toSeconds(), TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "recipe-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
  }
}
