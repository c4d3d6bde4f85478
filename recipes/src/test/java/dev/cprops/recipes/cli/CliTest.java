package dev.cprops.recipes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.connector.spi.Connector;
import dev.cprops.recipes.apps.BuiltinApps;
import dev.cprops.recipes.connections.ConnectionProvider;
import dev.cprops.recipes.failure.ExitCode;
import dev.cprops.recipes.fake.FakeBackend;
import dev.cprops.recipes.fake.FakeHookConnector;
import dev.cprops.recipes.runner.AppRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path dir;

  @BeforeEach
  void reset() {
    FakeBackend.reset();
  }

  /** Every app on the test class path (built-ins, the fake, and any connector registered). */
  private static String knownApps() {
    return String.join(
        ", ",
        AppRegistry.load(BuiltinApps.create(new PrintWriter(new StringWriter()), Clock.systemUTC()))
            .ids());
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void run_csvToLog_printsTheRowsAndASummary() throws Exception {
    write("people.csv", "name,email\nAda,ada@example.com\nBob,bob@example.com\n");
    Path recipe =
        write(
            "recipe.json",
            """
            {"name": "People", "trigger": {"app": "schedule", "input": {"every": "1h"}},
             "steps": [{"id": "read", "app": "csv", "action": "read", "input": {"path": "{{recipe.dir}}/people.csv"}},
                       {"id": "say", "app": "log", "action": "info", "for_each": "{{steps.read.rows}}",
                        "input": {"message": "hello {{item.name}} <{{item.email}}>"}}]}
            """);
    Cli cli =
        Cli.run("run", recipe.toString(), "--once", "--state", dir.resolve("state").toString());
    assertThat(cli.exitCode).isZero();
    assertThat(cli.out())
        .startsWith(
            "hello Ada <ada@example.com>\nhello Bob <bob@example.com>\n\nSummary of 'People': ok\n")
        .contains("  read       3 (1 event, 2 loop items)\n")
        .contains("  failed     0\n")
        .contains("  time       0.000 s\n")
        .contains("  rate       n/a\n")
        .contains("  skipped    0\n")
        .containsPattern("\n    log\\.info +2 calls\n")
        .contains(
            "    say                  read 2, created 0, updated 0, unchanged 0, failed 0, skipped 0\n")
        .doesNotContain("failed records:");
    assertThat(dir.resolve("state/failed-records.csv")).doesNotExist();
    assertThat(cli.err())
        .matches(
            "schedule.tick: 1 event\nsay: 2 records done in [\\d.]+ s \\([\\d.]+ records/s\\)\n");
    assertThat(dir.resolve("state/schedule.tick.json")).exists();
  }

  @Test
  void run_withFailures_exitsOne_andConnectionFromEnvironment() throws Exception {
    FakeBackend.event("c1", "a@example.com", "A");
    FakeBackend.event("c2", "bad", "B");
    Path recipe =
        write(
            "sync.json",
            """
            {"name": "sync", "trigger": {"app": "fake"},
             "steps": [{"id": "up", "app": "fake", "action": "upsert", "on_error": "continue",
                        "input": {"email": "{{trigger.email}}"}}]}
            """);
    Cli cli =
        Cli.run(
            Map.of("RECIPE_FAKE_API_KEY", "k-1"),
            List.of(),
            "run",
            recipe.toString(),
            "--once",
            "--state",
            dir.resolve("s").toString());
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.out())
        .contains("Summary of 'sync': finished with failures\n")
        .contains("  created    1\n")
        .contains("  failed     1\n")
        .contains(
            "    step 'up' (fake.upsert) failed: email: 'bad' is not valid; expected an email address\n");
  }

  @Test
  void run_withoutConnection_exitsThree_andAProviderCanSupplyOne() throws Exception {
    FakeBackend.event("c1", "a@example.com", "A");
    Path recipe =
        write(
            "sync.json",
            """
            {"name": "sync", "trigger": {"app": "fake"},
             "steps": [{"id": "up", "app": "fake", "action": "upsert", "input": {"email": "{{trigger.email}}"}}]}
            """);
    Cli missing =
        Cli.run("run", recipe.toString(), "--once", "--state", dir.resolve("a").toString());
    assertThat(missing.exitCode).isEqualTo(3);
    assertThat(missing.err())
        .isEqualTo(
            "error: app 'fake' needs a connection: 'api_key' is required (a value for 'API key'); give it in --connections FILE under \"fake\" or as RECIPE_FAKE_API_KEY\n");

    AtomicBoolean closed = new AtomicBoolean();
    ConnectionProvider provider =
        new ConnectionProvider() {
          @Override
          public Optional<Map<String, Object>> defaultConnection(Connector connector) {
            return connector.id().equals("fake")
                ? Optional.of(Map.of("api_key", "demo"))
                : Optional.empty();
          }

          @Override
          public void close() {
            closed.set(true);
          }
        };
    Cli provided =
        Cli.run(
            Map.of(),
            List.of(provider),
            "run",
            recipe.toString(),
            "--once",
            "--state",
            dir.resolve("b").toString());
    assertThat(provided.exitCode).isZero();
    assertThat(FakeBackend.RECORDS).containsKey("a@example.com");
    assertThat(closed).isTrue();
  }

  @Test
  void run_withRejectedCredentials_exitsThree_withoutPrintingTheSecret() throws Exception {
    Path connections = write("connections.json", "{\"fake\": {\"api_key\": \"wrong\"}}");
    Path recipe =
        write(
            "sync.json",
            """
            {"name": "sync", "trigger": {"app": "fake"},
             "steps": [{"id": "up", "app": "fake", "action": "upsert", "input": {"email": "{{trigger.email}}"}}]}
            """);
    Cli cli =
        Cli.run(
            "run",
            recipe.toString(),
            "--once",
            "--connections",
            connections.toString(),
            "--state",
            dir.toString());
    assertThat(cli.exitCode).isEqualTo(3);
    assertThat(cli.err())
        .isEqualTo("error: the connection was rejected: the API key was rejected; check api_key\n");
  }

  @Test
  void validate_reportsEveryProblemWordForWord() throws Exception {
    Path connections = write("connections.json", "{\"fake\": {\"api_key\": \"k\"}}");
    Path recipe =
        write(
            "bad.json",
            """
            {"name": "bad", "trigger": {"app": "fake", "trigger": "changes"},
             "steps": [
               {"id": "up", "app": "fake", "action": "upsert", "input": {"name": "{{trigger.nmae}} {{steps.later.x}}"}},
               {"id": "say", "app": "log", "action": "info", "input": {"message": "{{steps.nope.x}} {{item.name}} {{steps.say.x}}"}},
               {"id": "later", "app": "slack", "action": "post"},
               {"id": "more", "app": "csv", "action": "reed", "input": {"x": "{{steps.up.statuss}}"}}]}
            """);
    Cli cli =
        Cli.run("validate", recipe.toString(), "--live", "--connections", connections.toString());
    assertThat(cli.exitCode).isEqualTo(ExitCode.RECIPE_INVALID.code());
    assertThat(cli.out())
        .isEqualTo(
            recipe
                + ": 9 problems\n"
                + "  steps[0] (up).input.email: missing required input 'Email'\n"
                + "  steps[0] (up).input.name: pill {{trigger.nmae}} points nowhere: trigger 'fake.changes' has no output field 'nmae' (did you mean 'name'?)\n"
                + "  steps[0] (up).input.name: pill {{steps.later.x}} points to step 'later', which runs after this step\n"
                + "  steps[1] (say).input.message: pill {{steps.nope.x}} points to unknown step 'nope'\n"
                + "  steps[1] (say).input.message: pill {{item.name}} is outside a for_each loop; {{item}} exists only in a step with for_each\n"
                + "  steps[1] (say).input.message: pill {{steps.say.x}} points to this step itself; a step can use only earlier steps' outputs\n"
                + "  steps[2] (later).app: unknown app 'slack' (known apps: "
                + knownApps()
                + ")\n"
                + "  steps[3] (more).action: app 'csv' has no action 'reed' (did you mean 'read'?) (its actions: read, write)\n"
                + "  steps[3] (more).input.x: pill {{steps.up.statuss}} points nowhere: step 'up' has no output field 'statuss' (did you mean 'status'?)\n"
                + "  checked: fake: connection test passed\n");
  }

  @Test
  void validate_withoutConnection_saysWhatIsMissing_andOfflineSkipsLiveFields() throws Exception {
    Path recipe =
        write(
            "ok.json",
            """
            {"name": "ok", "trigger": {"app": "fake"},
             "steps": [{"id": "up", "app": "fake", "action": "upsert", "input": {"email": "{{trigger.plan}}"}}]}
            """);
    Cli cli = Cli.run("validate", recipe.toString());
    assertThat(cli.exitCode).isEqualTo(3);
    assertThat(cli.out())
        .isEqualTo(
            recipe
                + ": 1 problem\n"
                + "  connections.fake.api_key: app 'fake' needs a connection: 'api_key' is required"
                + " (a value for 'API key');"
                + " give it in --connections FILE under \"fake\" or as RECIPE_FAKE_API_KEY\n");
    Cli offline =
        Cli.run(Map.of("RECIPE_FAKE_API_KEY", "k"), List.of(), "validate", recipe.toString());
    assertThat(offline.exitCode).isZero();
    assertThat(offline.out()).isEqualTo(recipe + ": ok (1 step)\n");
    Cli live =
        Cli.run(
            Map.of("RECIPE_FAKE_API_KEY", "k"), List.of(), "validate", recipe.toString(), "--live");
    assertThat(live.exitCode).as(live.out()).isZero();
    assertThat(live.out())
        .isEqualTo(
            recipe + ": ok (1 step, checked live)\n  checked: fake: connection test passed\n");
  }

  @Test
  void validate_rejectsScheduleInputAndSecrets() throws Exception {
    Path recipe =
        write(
            "s.json",
            """
            {"name": "s", "trigger": {"app": "schedule", "input": {"cron": "61 * * * *"}},
             "steps": [{"id": "h", "app": "http", "action": "request", "input": {"url": "x", "api_key": "abc"}}]}
            """);
    Cli cli = Cli.run("validate", recipe.toString());
    assertThat(cli.exitCode).isEqualTo(ExitCode.RECIPE_INVALID.code());
    assertThat(cli.out())
        .isEqualTo(
            recipe
                + ": 1 problem\n"
                + "  steps[0] (h).input.api_key: 'api_key' looks like a secret, and secrets never belong in a recipe; give connections in --connections FILE or RECIPE_<APP>_<FIELD> environment variables\n");
    Files.writeString(recipe, Files.readString(recipe).replace("\"api_key\": \"abc\"", "\"q\": 1"));
    Cli cron = Cli.run("validate", recipe.toString());
    assertThat(cron.out())
        .startsWith(
            recipe
                + ": 1 problem\n  trigger.input.cron: '61 * * * *' is not valid; expected five fields");
  }

  @Test
  void exec_runsAnActionOrAPoll_andPrintsJson() throws Exception {
    write("people.csv", "name\nAda\n");
    Cli action =
        Cli.run("exec", "csv.read", "--input", "{\"path\": \"" + dir.resolve("people.csv") + "\"}");
    assertThat(action.exitCode).isZero();
    assertThat(action.out()).contains("\"rows\": [\n    {\n      \"name\": \"Ada\"\n    }\n  ]");

    FakeBackend.event("c1", "a@example.com", "A");
    Path input = write("input.json", "{}");
    Cli poll =
        Cli.run(
            Map.of("RECIPE_FAKE_API_KEY", "k"),
            List.of(),
            "exec",
            "fake.changes",
            "--input",
            "@" + input);
    assertThat(poll.exitCode).isZero();
    assertThat(poll.out())
        .contains(
            "\"dedup_keys\": [\n    \"c1@1\"\n  ],\n  \"next_cursor\": \"1\",\n  \"can_poll_more\": false");

    Cli bad = Cli.run("exec", "csv.read", "--input", "{\"path\": 1");
    assertThat(bad.exitCode).isEqualTo(2);
    assertThat(bad.err()).startsWith("error: --input is not a JSON object: ");
    Cli unknown = Cli.run("exec", "csv.nope");
    assertThat(unknown.err()).isEqualTo("error: app 'csv' has no action or trigger 'nope'\n");
  }

  @Test
  void describe_printsTheManifest_resolvedWithAConnection() {
    Cli index = Cli.run("describe");
    assertThat(index.exitCode).isZero();
    assertThat(index.out())
        .contains("\"id\": \"csv\"")
        .contains("\"id\": \"fake\"")
        .contains("\"events (webhook)\"");

    Cli plain = Cli.run("describe", "fake");
    assertThat(plain.out()).contains("\"id\": \"changes\"").doesNotContain("\"plan\"");
    Cli live = Cli.run(Map.of("RECIPE_FAKE_API_KEY", "k"), List.of(), "describe", "fake");
    assertThat(live.out()).contains("\"name\": \"plan\"");

    Cli unknown = Cli.run("describe", "nope");
    assertThat(unknown.exitCode).isEqualTo(2);
  }

  private static final String HOOK_RECIPE =
      """
      {"name": "Hooks", "trigger": {"app": "fakehook", "input": {"topic": "t"}},
       "steps": [{"id": "apply", "app": "fakehook", "action": "apply", "input": {"id": "{{trigger.id}}"}}]}
      """;

  @Test
  void webhookRecipe_validates_andRunsByListening_untilItsDuration() throws Exception {
    FakeHookConnector.reset();
    Path recipe = write("hooks.json", HOOK_RECIPE);
    Cli validate = Cli.run("validate", recipe.toString());
    assertThat(validate.exitCode).as(validate.out()).isZero();
    assertThat(validate.out()).endsWith(": ok (1 step)\n");

    Cli run =
        Cli.run(
            "run", recipe.toString(), "--duration", "1s", "--state", dir.resolve("s").toString());

    assertThat(run.exitCode).as(run.out() + run.err()).isZero();
    assertThat(run.err())
        .matches(
            "(?s)fakehook\\.events: listening for webhooks at"
                + " http://127\\.0\\.0\\.1:\\d+/hooks/fakehook\\.events \\(subscribed\\)\n"
                + "Stops after 1 s, or on Ctrl-C; the subscription is then removed\\.\n"
                + "fakehook\\.events: stopped listening; the webhook subscription is removed\n");
    assertThat(run.out())
        .contains(
            "  webhook    0 notifications: 0 accepted, 0 rejected, 0 answered 5xx (delivered"
                + " again)\n");
    assertThat(FakeHookConnector.SUBSCRIBE_CALLS).hasValue(1);
    assertThat(FakeHookConnector.SUBSCRIBED).isEmpty();
  }

  @Test
  void webhookOptions_areCheckedAndNamed() throws Exception {
    Path hooks = write("hooks.json", HOOK_RECIPE);
    Path polled =
        write(
            "polled.json",
            """
            {"name": "Polled", "trigger": {"app": "schedule", "input": {"every": "1h"}},
             "steps": [{"id": "say", "app": "log", "action": "info", "input": {"message": "hi"}}]}
            """);
    Map<List<String>, String> errors =
        Map.of(
            List.of(hooks.toString(), "--once"),
            "error: --once: the trigger of 'Hooks' is a webhook trigger, which has no tick to run"
                + " once; it listens until Ctrl-C, --max-events N or --duration D\n",
            List.of(polled.toString(), "--once", "--listen", "127.0.0.1:0", "--max-events", "3"),
            "error: --listen, --max-events: for webhook triggers only; the trigger of 'Polled' is"
                + " polled\n",
            List.of(hooks.toString(), "--listen", "8080"),
            "error: --listen: '8080' is not a listen address; expected HOST:PORT, e.g."
                + " 127.0.0.1:8080 (port 0 picks a free one)\n",
            List.of(hooks.toString(), "--callback-url", "ftp://example.com/x"),
            "error: --callback-url: 'ftp://example.com/x' is not an absolute http(s) URL\n",
            List.of(hooks.toString(), "--max-events", "0"),
            "error: --max-events: 0 is not a positive number\n",
            List.of(hooks.toString(), "--duration", "soon"),
            "error: --duration: 'soon' is not a duration; expected a positive number and a unit,"
                + " such as 30s, 5m, 1h or 1d\n");
    errors.forEach(
        (args, message) -> {
          List<String> all = new java.util.ArrayList<>(List.of("run"));
          all.addAll(args);
          all.addAll(List.of("--state", dir.resolve("s").toString()));
          Cli cli = Cli.run(all.toArray(String[]::new));
          assertThat(cli.exitCode).as(String.join(" ", args)).isEqualTo(2);
          assertThat(cli.err()).as(String.join(" ", args)).isEqualTo(message);
        });
    assertThat(FakeHookConnector.SUBSCRIBED).isEmpty();
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Cli busy =
          Cli.run(
              "run",
              hooks.toString(),
              "--listen",
              "127.0.0.1:" + taken.getLocalPort(),
              "--state",
              dir.resolve("s").toString());
      assertThat(busy.exitCode).isEqualTo(2);
      assertThat(busy.err())
          .startsWith("error: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
    }
    assertThat(FakeHookConnector.SUBSCRIBED).isEmpty();
  }

  @Test
  void help_andUsageErrors() {
    Cli help = Cli.run("run", "--help");
    assertThat(help.exitCode).isZero();
    assertThat(help.out())
        .contains("Usage: recipe run")
        .contains("--once")
        .contains("Exit codes (the same for every command):");
    Cli none = Cli.run();
    assertThat(none.exitCode).isEqualTo(2);
    Cli wrong = Cli.run("run");
    assertThat(wrong.exitCode).isEqualTo(2);
    assertThat(wrong.err()).startsWith("Missing required parameter: 'FILE'");
  }
}
