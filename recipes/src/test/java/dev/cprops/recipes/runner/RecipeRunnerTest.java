package dev.cprops.recipes.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.connector.spi.AuthException;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.fake.FakeBackend;
import dev.cprops.recipes.recipe.Recipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeRunnerTest {
  private static final String SYNC =
      """
      {"name": "sync", "trigger": {"app": "fake", "trigger": "changes"},
       "steps": [{"id": "up", "app": "fake", "action": "upsert", "on_error": "%s",
                  "input": {"email": "{{trigger.email}}", "name": "{{trigger.name}}"}},
                 {"id": "say", "app": "log", "action": "info", "input": {"message": "{{trigger.id}}: {{steps.up.status?}}"}}]}
      """;

  @TempDir Path state;
  private final RunnerFixture fixture = new RunnerFixture();

  @BeforeEach
  void reset() {
    FakeBackend.reset();
  }

  @Test
  void scheduleOnce_runsTheStepsOnce() {
    Recipe recipe =
        fixture.recipe(
            """
            {"name": "tick", "trigger": {"app": "schedule", "input": {"every": "1h"}},
             "steps": [{"id": "say", "app": "log", "action": "info", "input": {"message": "tick at {{trigger.scheduled_at}}"}}]}
            """);
    RunSummary summary = fixture.runOnce(recipe, state);
    assertThat(fixture.log.toString()).isEqualTo("tick at 2024-03-15T10:00:00Z\n");
    assertThat(summary.outcome()).isEqualTo(RunOutcome.OK);
    assertThat(summary.events()).isEqualTo(1);
    assertThat(summary.perAction()).containsEntry("log.info", new ActionTotals(1, 0, 0, 0, 0, 0));
  }

  @Test
  void pollingTrigger_pollsWhileMoreAndSavesTheCursor() throws Exception {
    for (int i = 1; i <= 5; i++) {
      FakeBackend.event("c" + i, "u" + i + "@example.com", "User " + i);
    }
    RunSummary summary = fixture.runOnce(fixture.recipe(SYNC.formatted("stop")), state);
    assertThat(FakeBackend.POLLS).hasValue(3);
    assertThat(summary.events()).isEqualTo(5);
    assertThat(summary.totals().created()).isEqualTo(5);
    assertThat(fixture.log.toString()).startsWith("c1: created\nc2: created\n");
    assertThat(Files.readString(state.resolve("fake.changes.json"))).contains("\"cursor\": \"5\"");

    FakeBackend.event("c6", "u6@example.com", "User 6");
    RunSummary second = fixture.runOnce(fixture.recipe(SYNC.formatted("stop")), state);
    assertThat(second.events()).isEqualTo(1);
    assertThat(FakeBackend.EFFECTS).hasSize(6);
  }

  @Test
  void dedupKeys_skipEventsAlreadyHandled() {
    FakeBackend.event("c1", "a@example.com", "A");
    FakeBackend.event("c1", "a@example.com", "A");
    FakeBackend.event("c2", "b@example.com", "B");
    RunSummary summary = fixture.runOnce(fixture.recipe(SYNC.formatted("stop")), state);
    assertThat(summary.events()).isEqualTo(2);
    assertThat(summary.duplicates()).isEqualTo(1);
    assertThat(FakeBackend.EFFECTS).containsExactly("a@example.com", "b@example.com");
  }

  @Test
  void stopPolicy_stopsWithoutSavingTheCursor() throws Exception {
    FakeBackend.event("c1", "a@example.com", "A");
    FakeBackend.event("c2", "not-an-email", "B");
    FakeBackend.event("c3", "c@example.com", "C");
    RunSummary summary = fixture.runOnce(fixture.recipe(SYNC.formatted("stop")), state);
    assertThat(summary.outcome()).isEqualTo(RunOutcome.STOPPED);
    assertThat(summary.errors())
        .containsExactly(
            "step 'up' (fake.upsert) failed: email: 'not-an-email' is not valid; expected an email address",
            "run stopped: step 'up' (fake.upsert) failed: email: 'not-an-email' is not valid; expected an email address");
    assertThat(FakeBackend.EFFECTS).containsExactly("a@example.com");
    assertThat(state.resolve("fake.changes.json")).doesNotExist();
    assertThat(Files.readString(state.resolve("fake.changes.seen"))).isEqualTo("\"c1@1\"\n");
  }

  @Test
  void continuePolicy_oneBadRecordDoesNotStopTheOthers() {
    FakeBackend.event("c1", "a@example.com", "A");
    FakeBackend.event("c2", "not-an-email", "B");
    FakeBackend.event("c3", "c@example.com", "C");
    RunSummary summary = fixture.runOnce(fixture.recipe(SYNC.formatted("continue")), state);
    assertThat(summary.outcome()).isEqualTo(RunOutcome.FAILURES);
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(FakeBackend.EFFECTS).containsExactly("a@example.com", "c@example.com");
    assertThat(fixture.log.toString())
        .contains("c1: created\n")
        .contains("c2:\n")
        .contains("c3: created\n");
  }

  @Test
  void skipPolicy_skipsTheRestOfThatEventOnly() {
    FakeBackend.event("c1", "not-an-email", "A");
    FakeBackend.event("c2", "b@example.com", "B");
    RunSummary summary = fixture.runOnce(fixture.recipe(SYNC.formatted("skip")), state);
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(fixture.log.toString()).isEqualTo("c2: created\n");
  }

  @Test
  void loopWithContinue_andBatchResultsAreCounted() {
    Recipe recipe =
        fixture.recipe(
            """
            {"name": "loop", "trigger": {"app": "schedule", "input": {"every": "1h"}},
             "steps": [{"id": "each", "app": "fake", "action": "upsert", "on_error": "continue",
                        "for_each": "{{recipe.people}}", "input": {"email": "{{item}}"}}]}
            """
                .replace("{{recipe.people}}", "{{trigger.previous_at?}}"));
    RunSummary empty = fixture.runOnce(recipe, state);
    assertThat(empty.items()).isZero();

    Recipe batch =
        fixture.recipe(
            """
            {"name": "batch", "trigger": {"app": "fake"},
             "steps": [{"id": "all", "app": "fake", "action": "batch", "input": {"records": [
                 {"email": "{{trigger.email}}"}, {"email": "bad"}, {"email": "z@example.com"}]}},
               {"id": "say", "app": "log", "action": "info", "input": {"message": "{{steps.all.results[1].status}}"}}]}
            """);
    FakeBackend.event("c1", "a@example.com", "A");
    RunSummary summary = fixture.runOnce(batch, state.resolve("batch"));
    assertThat(summary.totals()).isEqualTo(new ActionTotals(2, 0, 2, 0, 0, 1));
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(fixture.log.toString()).isEqualTo("failed\n");
  }

  @Test
  void forEachOverAList_runsEachElement_andKeepsGoingPastABadOne() {
    FakeBackend.event("c1", "a@example.com", "A");
    Recipe recipe =
        fixture.recipe(
            """
            {"name": "loop", "trigger": {"app": "fake"},
             "steps": [{"id": "each", "app": "fake", "action": "upsert", "on_error": "continue",
                        "for_each": "{{steps.prep.results}}", "input": {"email": "{{item.status}}"}}]}
            """
                .replace("{{steps.prep.results}}", "{{trigger.plan}}"));
    FakeBackend.EVENTS
        .get(0)
        .put(
            "plan",
            List.of(
                Map.of("status", "x@example.com"),
                Map.of("status", "bad"),
                Map.of("status", "y@example.com")));
    RunSummary summary = fixture.runOnce(recipe, state);
    assertThat(summary.items()).isEqualTo(3);
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(FakeBackend.EFFECTS).containsExactly("x@example.com", "y@example.com");
  }

  @Test
  void aCrashBetweenStepsAndCursorSave_redeliversAndDedupStopsDuplicates() {
    for (int i = 1; i <= 4; i++) {
      FakeBackend.event("c" + i, "u" + i + "@example.com", "User " + i);
    }
    FakeBackend.pageSize = 4;
    Recipe recipe = fixture.recipe(SYNC.formatted("stop"));
    AtomicInteger handled = new AtomicInteger();
    RunListener crashAfterThree =
        new RunListener() {
          @Override
          public void eventHandled(Map<String, Object> event) {
            if (handled.incrementAndGet() == 3) {
              throw new SimulatedCrash();
            }
          }
        };
    assertThatThrownBy(() -> fixture.runner(crashAfterThree).run(recipe, state, true, () -> false))
        .isInstanceOf(SimulatedCrash.class);
    assertThat(FakeBackend.EFFECTS).hasSize(3);

    RunSummary restart = fixture.runOnce(recipe, state);
    assertThat(restart.duplicates()).isEqualTo(3);
    assertThat(restart.events()).isEqualTo(1);
    assertThat(FakeBackend.EFFECTS)
        .containsExactly("u1@example.com", "u2@example.com", "u3@example.com", "u4@example.com");
  }

  @Test
  void continuousRun_ticksOnTheScheduleUntilStopped() {
    Recipe recipe =
        fixture.recipe(
            """
            {"name": "tick", "trigger": {"app": "schedule", "input": {"every": "1h"}},
             "steps": [{"id": "say", "app": "log", "action": "info", "input": {"message": "tick"}}]}
            """);
    MutableClock clock = new MutableClock(fixture.clock.instant());
    RecipeRunner runner =
        new RecipeRunner(
            fixture.apps, fixture.connections, new RunListener() {}, clock, clock::advance);
    RunSummary summary = runner.run(recipe, state, false, () -> clock.elapsedHours() >= 3);
    assertThat(summary.ticks()).isEqualTo(3);
  }

  @Test
  void rejectedCredentials_failBeforeAnythingRuns() {
    Connections wrong =
        new Connections(Map.of("fake", Map.of("api_key", "wrong")), Map.of(), List.of());
    RecipeRunner runner =
        new RecipeRunner(fixture.apps, wrong, new RunListener() {}, fixture.clock, d -> {});
    assertThatThrownBy(
            () -> runner.run(fixture.recipe(SYNC.formatted("stop")), state, true, () -> false))
        .isInstanceOf(AuthException.class)
        .hasMessage("the API key was rejected; check api_key");
  }

  /** Stands for the process being killed. */
  static final class SimulatedCrash extends Error {}
}
