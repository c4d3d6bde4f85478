package dev.cprops.recipes.runner;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.PollResult;
import dev.cprops.connector.spi.PollingTrigger;
import dev.cprops.connector.spi.Trigger;
import dev.cprops.connector.spi.UnreachableException;
import dev.cprops.connector.spi.WebhookTrigger;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.recipe.Location;
import dev.cprops.recipes.recipe.Problem;
import dev.cprops.recipes.recipe.Recipe;
import dev.cprops.recipes.recipe.RecipeException;
import dev.cprops.recipes.recipe.Schedule;
import dev.cprops.recipes.recipe.Step;
import dev.cprops.recipes.recipe.TriggerSpec;
import dev.cprops.recipes.state.DedupWindow;
import dev.cprops.recipes.state.StateOwner;
import dev.cprops.recipes.state.TriggerState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Runs a validated recipe: polls its trigger (on its schedule, or once), or for a webhook trigger
 * listens for its notifications ({@link #runWebhook}); runs the steps for each new event, and keeps
 * the trigger's cursor and dedup keys in a state directory.
 *
 * <p>Delivery: for each event whose dedup key was not seen, the steps run, then the key is
 * journaled; after the events of a poll, the cursor is committed. A run killed at any point
 * re-polls from the last committed cursor, and the journaled keys stop the events already handled:
 * each event reaches its steps once, except one killed mid-steps, which runs again (actions should
 * be idempotent, as upserts are). One runner per state directory at a time.
 */
public final class RecipeRunner {
  private final AppRegistry apps;
  private final Connections connections;
  private final RunListener listener;
  private final Clock clock;
  private final Sleeper sleeper;
  private final int dedupCapacity;
  private Path failedOut;

  /**
   * @param apps the apps
   * @param connections where connections come from
   * @param listener hears progress
   * @param clock the time source (the schedule and the summary's duration)
   * @param sleeper waits between ticks
   */
  public RecipeRunner(
      AppRegistry apps,
      Connections connections,
      RunListener listener,
      Clock clock,
      Sleeper sleeper) {
    this(apps, connections, listener, clock, sleeper, DedupWindow.DEFAULT_CAPACITY);
  }

  /** As above, keeping {@code dedupCapacity} dedup keys per trigger. */
  public RecipeRunner(
      AppRegistry apps,
      Connections connections,
      RunListener listener,
      Clock clock,
      Sleeper sleeper,
      int dedupCapacity) {
    this.apps = apps;
    this.connections = connections;
    this.listener = listener;
    this.clock = clock;
    this.sleeper = sleeper;
    this.dedupCapacity = dedupCapacity;
  }

  /**
   * Where a run writes its failed records (see {@link FailedRecordsFile}); by default {@value
   * FailedRecordsFile#DEFAULT_NAME} in the state directory.
   *
   * @return this runner
   */
  public RecipeRunner failedOut(Path file) {
    this.failedOut = file;
    return this;
  }

  /**
   * Runs the recipe.
   *
   * @param recipe a recipe that passed validation
   * @param stateDir the state directory
   * @param once run one tick now and return; otherwise tick on the schedule until {@code stop} says
   *     so, the thread is interrupted, or a step with policy stop fails
   * @param stop asked between ticks and polls
   * @throws dev.cprops.recipes.connections.ConnectionException if a connection cannot be made
   * @throws AuthException if a connection's test is rejected before anything ran
   */
  public RunSummary run(Recipe recipe, Path stateDir, boolean once, BooleanSupplier stop) {
    Instant started = clock.instant();
    Bound bound =
        bind(
            recipe,
            PollingTrigger.class,
            "a webhook trigger: it is run by listening, not by ticks");
    TriggerSpec spec = recipe.trigger();
    PollingTrigger trigger = (PollingTrigger) bound.trigger();
    Schedule schedule =
        spec.app().equals(Schedule.APP)
            ? Schedule.fromInput(spec.input(), clock.getZone())
            : Schedule.every(spec.pollInterval());
    String stateName = spec.app() + "." + trigger.id();
    RunStats stats = bound.stats();
    bound.steps().stopWhen(stop);
    claimState(recipe, stateDir);
    try (TriggerState state = TriggerState.open(stateDir, stateName, dedupCapacity)) {
      runTicks(spec, trigger, schedule, bound, state, once, stop);
    } finally {
      writeFailedRecords(stats, stateDir);
    }
    return stats.summary(recipe.name(), Duration.between(started, clock.instant()));
  }

  private void runTicks(
      TriggerSpec spec,
      PollingTrigger trigger,
      Schedule schedule,
      Bound bound,
      TriggerState state,
      boolean once,
      BooleanSupplier stop) {
    RunStats stats = bound.stats();
    Instant due = once ? clock.instant() : schedule.first(clock.instant());
    while (waitUntil(due, stop)) {
      if (stop.getAsBoolean()) {
        break;
      }
      stats.tick();
      tick(trigger, bound.connection(), spec, state, bound.steps(), stats, once, stop);
      if (once || stats.ended() || stop.getAsBoolean()) {
        break;
      }
      Instant now = clock.instant();
      do {
        due = schedule.next(due);
      } while (due.isBefore(now));
    }
  }

  /** Records the servers this run's state belongs to; warns when they changed. */
  private void claimState(Recipe recipe, Path stateDir) {
    Map<String, String> endpoints = new LinkedHashMap<>();
    List<String> appIds = new ArrayList<>();
    appIds.add(recipe.trigger().app());
    recipe.steps().forEach(step -> appIds.add(step.app()));
    for (String id : appIds) {
      connections.endpoint(id).ifPresent(url -> endpoints.put(id, url));
    }
    StateOwner.claim(stateDir, endpoints).forEach(listener::warning);
  }

  /**
   * Writes this run's failed records, if any; else removes the default file a former run left (a
   * file the user named is emptied instead), so the file never tells of failures already fixed.
   */
  private void writeFailedRecords(RunStats stats, Path stateDir) {
    Path file = failedOut != null ? failedOut : stateDir.resolve(FailedRecordsFile.DEFAULT_NAME);
    try {
      if (!stats.failedRecords().isEmpty()) {
        FailedRecordsFile.write(file, stats.failedRecords());
        stats.failedRecordsWritten(file);
      } else if (failedOut == null) {
        Files.deleteIfExists(file);
      } else if (Files.exists(file)) {
        Files.writeString(file, "");
      }
    } catch (IOException | UncheckedIOException e) {
      stats.failure("cannot write the failed records to " + file + ": " + e.getMessage());
    }
  }

  /**
   * Runs a recipe whose trigger is a webhook trigger: starts a local receiver, subscribes the
   * trigger with its URL (or {@code options.callbackUrl()}), runs the steps for each notification's
   * events until {@code stop} says so or the options' limits are reached, then unsubscribes (unless
   * told to keep the subscription). See {@link WebhookRun} for the answers and the state kept.
   *
   * @param recipe a recipe that passed validation, with a webhook trigger
   * @param stateDir the state directory (dedup keys, the subscription)
   * @param options where to listen and when to end
   * @param stop asked several times a second
   * @throws dev.cprops.recipes.connections.ConnectionException if a connection cannot be made
   * @throws AuthException if a connection's test is rejected before anything ran
   * @throws dev.cprops.recipes.webhook.ReceiverException if the address cannot be bound
   * @throws dev.cprops.connector.spi.ConnectorException if the trigger cannot be subscribed
   */
  public RunSummary runWebhook(
      Recipe recipe, Path stateDir, WebhookOptions options, BooleanSupplier stop) {
    Instant started = clock.instant();
    Bound bound =
        bind(
            recipe,
            WebhookTrigger.class,
            "a polling trigger: it is run by ticks, not by listening");
    WebhookTrigger trigger = (WebhookTrigger) bound.trigger();
    WebhookRun run =
        new WebhookRun(
            trigger,
            bound.app().connectionFields(),
            bound.connection(),
            recipe.trigger(),
            bound.steps(),
            bound.stats(),
            listener,
            clock,
            options);
    claimState(recipe, stateDir);
    bound.steps().stopWhen(stop);
    WebhookTotals totals;
    try {
      totals = run.run(stateDir, dedupCapacity, stop);
    } finally {
      writeFailedRecords(bound.stats(), stateDir);
    }
    return bound.stats().summary(recipe.name(), Duration.between(started, clock.instant()), totals);
  }

  /** Whether the recipe's trigger is a webhook trigger (run with {@link #runWebhook}). */
  public boolean hasWebhookTrigger(Recipe recipe) {
    Connector app = app(recipe.trigger().app(), Location.trigger("app"));
    return trigger(app, recipe.trigger()) instanceof WebhookTrigger;
  }

  /** A recipe's trigger and steps with their apps and connections (each tested once). */
  private record Bound(
      Connector app, Trigger trigger, Connection connection, StepRunner steps, RunStats stats) {}

  /**
   * Binds the recipe; its trigger must be of {@code kind} (checked before any connection is made),
   * else it is refused as {@code otherwise}.
   */
  private Bound bind(Recipe recipe, Class<? extends Trigger> kind, String otherwise) {
    TriggerSpec spec = recipe.trigger();
    Connector triggerApp = app(spec.app(), Location.trigger("app"));
    Trigger trigger = trigger(triggerApp, spec);
    if (!kind.isInstance(trigger)) {
      throw invalid(
          Location.trigger(null), "'" + spec.app() + "." + trigger.id() + "' is " + otherwise);
    }
    RunStats stats = new RunStats();
    Map<String, Connection> used = new HashMap<>();
    Connection triggerConnection = connection(triggerApp, used, stats);
    List<BoundStep> steps = new ArrayList<>();
    for (int i = 0; i < recipe.steps().size(); i++) {
      Step step = recipe.steps().get(i);
      Location where = Location.step(i, step.id(), null);
      Connector app = app(step.app(), where.at("app"));
      Action action =
          app.action(step.action())
              .orElseThrow(
                  () -> invalid(where.at("action"), "unknown action " + step.qualifiedAction()));
      steps.add(new BoundStep(step, action, connection(app, used, stats)));
    }
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("name", recipe.name());
    facts.put("dir", recipe.directory().toString());
    return new Bound(
        triggerApp,
        trigger,
        triggerConnection,
        new StepRunner(steps, facts, stats, listener),
        stats);
  }

  private void tick(
      PollingTrigger trigger,
      Connection connection,
      TriggerSpec spec,
      TriggerState state,
      StepRunner stepRunner,
      RunStats stats,
      boolean once,
      BooleanSupplier stop) {
    String name = spec.app() + "." + trigger.id();
    PollResult result;
    do {
      try {
        result = trigger.poll(connection, spec.input(), state.cursor());
      } catch (AuthException e) {
        stats.end(RunOutcome.AUTH_FAILED, "trigger " + name + ": " + e.getMessage());
        return;
      } catch (UnreachableException e) {
        // a run on a schedule tries again at the next tick; a single run says so and ends
        if (once) {
          stats.end(RunOutcome.UNREACHABLE, "trigger " + name + ": " + e.getMessage());
        } else {
          stats.failure("trigger " + name + " failed: " + e.getMessage());
        }
        return;
      } catch (RuntimeException e) {
        stats.failure("trigger " + name + " failed: " + e.getMessage());
        return;
      }
      listener.polled(name, result.events().size());
      for (Map<String, Object> event : result.events()) {
        String key = trigger.dedupKey(event);
        if (state.seen(key)) {
          stats.duplicate();
          continue;
        }
        stats.event();
        if (stop.getAsBoolean()) {
          stats.end(
              RunOutcome.INTERRUPTED,
              "interrupted: the cursor stays where it was; the next run polls these events again"
                  + " and skips the ones already handled");
          return;
        }
        try {
          stepRunner.run(event);
        } catch (RunInterruptedException e) {
          stats.end(
              RunOutcome.INTERRUPTED,
              e.getMessage()
                  + "; the next run does this event again (records already done come out"
                  + " unchanged) and the events after it");
          return;
        } catch (StopRunException e) {
          stats.end(RunOutcome.STOPPED, "run stopped: " + e.getMessage());
          return;
        } catch (AuthException e) {
          stats.end(RunOutcome.AUTH_FAILED, e.getMessage());
          return;
        }
        state.markHandled(key);
        listener.eventHandled(event);
      }
      state.commit(result.nextCursor());
    } while (result.canPollMore() && !stop.getAsBoolean());
  }

  private boolean waitUntil(Instant due, BooleanSupplier stop) {
    while (!stop.getAsBoolean()) {
      Duration left = Duration.between(clock.instant(), due);
      if (left.isNegative() || left.isZero()) {
        return true;
      }
      listener.waiting(due);
      try {
        sleeper.sleep(left.compareTo(Duration.ofSeconds(1)) > 0 ? Duration.ofSeconds(1) : left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  /**
   * The app's connection, tested once per run; its retries and waits are counted in {@code stats}
   * and told to the listener from now on (the connection test's too).
   */
  private Connection connection(Connector app, Map<String, Connection> used, RunStats stats) {
    Connection connection = used.get(app.id());
    if (connection == null) {
      connection = connections.require(app);
      connection.onRetry(stats.retries().forApp(app.id(), listener));
      app.test(connection);
      used.put(app.id(), connection);
    }
    return connection;
  }

  private Connector app(String id, Location where) {
    return apps.find(id).orElseThrow(() -> invalid(where, "unknown app '" + id + "'"));
  }

  private static Trigger trigger(Connector app, TriggerSpec spec) {
    List<Trigger> triggers = app.triggers();
    Trigger trigger =
        spec.trigger() == null
            ? (triggers.size() == 1 ? triggers.get(0) : null)
            : app.trigger(spec.trigger()).orElse(null);
    if (trigger == null) {
      throw invalid(
          Location.trigger("trigger"),
          "app '" + app.id() + "' has no trigger '" + spec.trigger() + "'");
    }
    return trigger;
  }

  private static RecipeException invalid(Location where, String message) {
    return new RecipeException(List.of(new Problem(where, message)));
  }
}
