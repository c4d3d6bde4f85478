package dev.cprops.recipes.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.MockServer;
import dev.cprops.recipes.connections.ConnectionProvider;
import dev.cprops.recipes.failure.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code recipe} command, in process, on each case of the exit-code table and on each error a
 * user meets: every error is one line saying what happened and what to do, and the exit code is the
 * table's. All traffic goes to 127.0.0.1 (an unknown host is a name under {@code .invalid}, which
 * never resolves).
 */
class ExitCodesAndMessagesTest {
  private static DemoServer demo;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    demo = new DemoServer(MockServer.builder().port(0).customers(5).build().start());
  }

  @AfterAll
  static void stop() {
    demo.close();
  }

  private static RecipeCli cli(String... args) {
    return RecipeCli.run(List.of(demo.provider()), args);
  }

  private static void oneLineError(RecipeCli cli, ExitCode code, String message) {
    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(code.code());
    assertThat(cli.err()).as("one line, no stack trace").isEqualTo("error: " + message + "\n");
  }

  private Path file(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private Path connections(String baseUrl) throws IOException {
    return file(
        "connections.json",
        """
        {"customer_properties": {"base_url": "%s", "auth_type": "vendor",
                                 "public_key": "pk", "secret_key": "sk"}}
        """
            .formatted(baseUrl));
  }

  private static final String LOG_RECIPE =
      """
      {"name": "log", "trigger": {"app": "schedule", "input": {"every": "1h"}},
       "steps": [{"id": "say", "app": "log", "action": "info", "input": {"message": "hello"}}]}
      """;

  // --- the table, one code at a time -----------------------------------------------------------

  @Test
  void ok_is0() throws IOException {
    RecipeCli cli =
        cli(
            "run",
            "--once",
            file("r.json", LOG_RECIPE).toString(),
            "--state",
            dir.resolve("s").toString());
    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.out()).contains("hello").contains("Summary of 'log': ok");
  }

  @Test
  void execOfABatchWhoseEveryRecordFailed_exitsWithRecordsFailed() {
    RecipeCli cli =
        cli(
            "exec",
            "customer_properties.batch_upsert_customers",
            "--input",
            """
            {"records": [{"Customer Key": "x1", "MRR": "12abc"}, {"Customer Key": "x2", "MRR": "zz"}],
             "match_by": "customer_key", "partner_key": "partner_jane",
             "mapping": {"Customer Key": "customer_key", "MRR": "mrr"}}
            """);
    assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCode.RECORDS_FAILED.code());
    assertThat(cli.out()).contains("\"failed\": 2").contains("meta.mrr: '12abc' is not valid");
    assertThat(cli.err())
        .endsWith(
            "\nerror: 2 records failed: their errors are in the output above; fix the input and"
                + " run again\n");
  }

  @Test
  void usage_is2_forABadCommandLineAndForAMissingFile() {
    RecipeCli flags = cli("run", "--no-such-flag", "x.json");
    assertThat(flags.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(flags.err()).contains("Unknown option: '--no-such-flag'");

    Path missing = dir.resolve("nope.json");
    oneLineError(
        cli("run", "--once", missing.toString()),
        ExitCode.USAGE,
        "cannot read recipe file " + missing + ": no such file");
  }

  @Test
  void connection_is3_whateverFieldIsMissing() throws IOException {
    Path noPublicKey =
        file(
            "a.json",
            "{\"customer_properties\": {\"base_url\": \"http://127.0.0.1:1\", \"auth_type\":"
                + " \"vendor\", \"secret_key\": \"sk\"}}");
    oneLineError(
        cli("exec", "customer_properties.list_properties", "--connections", noPublicKey.toString()),
        ExitCode.CONNECTION,
        "app 'customer_properties' needs a connection: 'public_key' is required (a value for this"
            + " authentication type); give it in --connections FILE under \"customer_properties\""
            + " or as RECIPE_CUSTOMER_PROPERTIES_PUBLIC_KEY");

    Path noAuthType =
        file(
            "b.json",
            "{\"customer_properties\": {\"base_url\": \"http://127.0.0.1:1\", \"public_key\":"
                + " \"pk\", \"secret_key\": \"sk\"}}");
    RecipeCli cli =
        cli("exec", "customer_properties.list_properties", "--connections", noAuthType.toString());
    assertThat(cli.exitCode()).isEqualTo(ExitCode.CONNECTION.code());
    assertThat(cli.err())
        .startsWith("error: app 'customer_properties' needs a connection: 'auth_type' is required");
    assertThat(cli.err() + cli.out()).doesNotContain("sk\"").doesNotContain(": sk");
  }

  @Test
  void recipeInvalid_is4_inValidateAndRun() throws IOException {
    Path recipe =
        file(
            "bad.json",
            "{\"name\": \"bad\", \"trigger\": {\"app\": \"schedule\", \"input\": {\"every\":"
                + " \"1h\"}}, \"steps\": [{\"app\": \"log\", \"action\": \"info\"}]}");
    RecipeCli validate = cli("validate", recipe.toString());
    assertThat(validate.exitCode()).isEqualTo(ExitCode.RECIPE_INVALID.code());
    assertThat(validate.out()).contains("steps[0].id is required");

    RecipeCli run = cli("run", "--once", recipe.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.RECIPE_INVALID.code());
    assertThat(run.err()).isEqualTo("error: the recipe is not valid:\n  steps[0].id is required\n");
  }

  @Test
  void serverUnreachable_is5() {
    oneLineError(
        cli("exec", "http.request", "--input", "{\"url\": \"http://127.0.0.1:1/x\"}"),
        ExitCode.SERVER_UNREACHABLE,
        "GET http://127.0.0.1:1/x: cannot connect to 127.0.0.1:1 (connection refused): is the"
            + " server running, and are the host and port right?");
  }

  @Test
  void serverUnreachable_is5_forARunOnceWhoseTriggerCannotReachItsServer() throws IOException {
    Path recipe =
        file(
            "poll.json",
            """
            {"name": "poll", "trigger": {"app": "crm", "trigger": "new_or_updated_company"},
             "steps": [{"id": "say", "app": "log", "action": "info", "input": {"message": "{{trigger.id}}"}}]}
            """);
    RecipeCli cli =
        cli(
            "run",
            "--once",
            recipe.toString(),
            "--connections",
            file(
                    "crm.json",
                    "{\"crm\": {\"base_url\": \"http://nowhere.invalid/crm/v3\", \"access_token\":"
                        + " \"t\"}}")
                .toString(),
            "--state",
            dir.resolve("s").toString());
    assertThat(cli.exitCode())
        .as(cli.out() + cli.err())
        .isEqualTo(ExitCode.SERVER_UNREACHABLE.code());
    assertThat(cli.out() + cli.err())
        .contains("unknown host 'nowhere.invalid': check the URL (or the connection's base_url)")
        .doesNotContain("\tat ");
  }

  @Test
  void state_is6_whenTheStateDirectoryIsAFile() throws IOException {
    Path notADirectory = file("state", "not a directory");
    RecipeCli cli =
        cli(
            "run",
            "--once",
            file("r.json", LOG_RECIPE).toString(),
            "--state",
            notADirectory.toString());
    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(ExitCode.STATE.code());
    assertThat(cli.err())
        .endsWith(
            "\nerror: cannot write the state file "
                + notADirectory.resolve("schedule.tick.seen")
                + ": "
                + notADirectory
                + " is a file, not a directory; fix it, or choose another directory with --state"
                + " DIR\n")
        .doesNotContain("\tat ");
  }

  @Test
  void internalError_is70_withTheStackTraceOnlyUnderVerbose() {
    ConnectionProvider broken =
        connector -> {
          throw new IllegalStateException("provider broke");
        };
    RecipeCli quiet = RecipeCli.run(List.of(broken), "exec", "crm.new_or_updated_company");
    assertThat(quiet.exitCode()).as(quiet.err()).isEqualTo(ExitCode.INTERNAL.code());
    assertThat(quiet.err())
        .isEqualTo(
            "error: unexpected java.lang.IllegalStateException: provider broke (a bug: run again"
                + " with --verbose and report the stack trace)\n");

    RecipeCli verbose =
        RecipeCli.run(List.of(broken), "--verbose", "exec", "crm.new_or_updated_company");
    assertThat(verbose.exitCode()).isEqualTo(ExitCode.INTERNAL.code());
    assertThat(verbose.err()).contains("java.lang.IllegalStateException: provider broke\n\tat ");
  }

  @Test
  void verbose_addsTheStackTraceToAnyError_afterTheSubcommandToo() {
    RecipeCli cli =
        cli("exec", "http.request", "--input", "{\"url\": \"http://127.0.0.1:1/\"}", "--verbose");
    assertThat(cli.exitCode()).isEqualTo(ExitCode.SERVER_UNREACHABLE.code());
    assertThat(cli.err())
        .startsWith("error: GET http://127.0.0.1:1/: cannot connect")
        .contains("\tat ");
  }

  @Test
  void help_showsTheOneTable_inEveryCommand() {
    for (String[] args :
        List.of(
            new String[] {"--help"},
            new String[] {"run", "--help"},
            new String[] {"exec", "--help"},
            new String[] {"validate", "--help"})) {
      RecipeCli cli = cli(args);
      assertThat(cli.exitCode()).isZero();
      assertThat(cli.out()).contains("Exit codes (the same for every command):");
      for (ExitCode code : ExitCode.values()) {
        assertThat(cli.out())
            .as(String.join(" ", args))
            .containsPattern(
                "(?m)^ +"
                    + code.code()
                    + " +"
                    + java.util.regex.Pattern.quote(code.meaning().substring(0, 20)));
      }
    }
  }

  // --- the messages ----------------------------------------------------------------------------

  @Test
  void httpApp_unknownHost() {
    oneLineError(
        cli("exec", "http.request", "--input", "{\"url\": \"http://nowhere.invalid/x\"}"),
        ExitCode.SERVER_UNREACHABLE,
        "GET http://nowhere.invalid/x: unknown host 'nowhere.invalid': check the URL (or the"
            + " connection's base_url) for a typo");
  }

  @Test
  void httpApp_tlsToAPlainHttpServer() throws IOException {
    try (PlainHttpServer plain = new PlainHttpServer()) {
      RecipeCli cli =
          cli(
              "exec",
              "http.request",
              "--input",
              "{\"url\": \"https://127.0.0.1:" + plain.port() + "/x\"}");
      assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCode.SERVER_UNREACHABLE.code());
      assertThat(cli.err())
          .startsWith(
              "error: GET https://127.0.0.1:"
                  + plain.port()
                  + "/x: TLS handshake with 127.0.0.1:"
                  + plain.port()
                  + " failed (")
          .endsWith(
              "): the server may not speak https on this port (try http://), or its certificate is not trusted\n")
          .hasLineCount(1);
    }
  }

  @Test
  void httpApp_timeout() throws IOException {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor = acceptAndSayNothing(silent);
      oneLineError(
          cli(
              "exec",
              "http.request",
              "--input",
              "{\"url\": \"http://127.0.0.1:"
                  + silent.getLocalPort()
                  + "/x\", \"timeout_seconds\": 1}"),
          ExitCode.SERVER_UNREACHABLE,
          "GET http://127.0.0.1:"
              + silent.getLocalPort()
              + "/x: no answer from 127.0.0.1:"
              + silent.getLocalPort()
              + " within 1 s: the server is slow or stuck; try again later, or raise the step's timeout_seconds");
      acceptor.interrupt();
    }
  }

  @Test
  void customerPropertiesConnection_refusedUnknownHostAndTls() throws IOException {
    RecipeCli refused =
        cli(
            "exec",
            "customer_properties.list_properties",
            "--connections",
            connections("http://127.0.0.1:1/api/v2").toString());
    assertThat(refused.exitCode()).isEqualTo(ExitCode.SERVER_UNREACHABLE.code());
    assertThat(refused.err())
        .matches(
            "error: GET /customer-properties: cannot connect to 127\\.0\\.0\\.1:1 \\(connection refused\\): is the server running, and are the host and port right\\? \\(\\d attempts\\)\n");

    oneLineError(
        cli(
            "exec",
            "customer_properties.list_properties",
            "--connections",
            connections("http://nowhere.invalid/api/v2").toString()),
        ExitCode.SERVER_UNREACHABLE,
        "GET /customer-properties: unknown host 'nowhere.invalid': check the URL (or the connection's base_url) for a typo");

    try (PlainHttpServer plain = new PlainHttpServer()) {
      RecipeCli tls =
          cli(
              "exec",
              "customer_properties.list_properties",
              "--connections",
              connections("https://127.0.0.1:" + plain.port() + "/api/v2").toString());
      assertThat(tls.exitCode()).as(tls.err()).isEqualTo(ExitCode.SERVER_UNREACHABLE.code());
      assertThat(tls.err())
          .startsWith(
              "error: GET /customer-properties: TLS handshake with 127.0.0.1:"
                  + plain.port()
                  + " failed (")
          .hasLineCount(1);
    }
  }

  @Test
  void listenPortInUse_isOneLine() throws IOException {
    Path recipe =
        file(
            "hook.json",
            """
            {"name": "hook", "trigger": {"app": "customer_properties", "trigger": "customer_event", "input": {"events": ["customer.created"]}},
             "steps": [{"id": "say", "app": "log", "action": "info", "input": {"message": "{{trigger.key}}"}}]}
            """);
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      RecipeCli cli =
          cli(
              "run",
              recipe.toString(),
              "--listen",
              "127.0.0.1:" + taken.getLocalPort(),
              "--state",
              dir.resolve("s").toString());
      assertThat(cli.err())
          .contains(
              "error: cannot listen on 127.0.0.1:"
                  + taken.getLocalPort()
                  + ": the port is in use by another program (or the address is not this machine's); choose another with --listen HOST:PORT, port 0 picks a free one\n")
          .doesNotContain("\tat ");
      assertThat(cli.exitCode()).isEqualTo(ExitCode.USAGE.code());
    }
  }

  @Test
  void missingAndUnreadableInputFiles() {
    Path missing = dir.resolve("none.csv");
    oneLineError(
        cli("exec", "csv.read", "--input", "{\"path\": \"" + missing + "\"}"),
        ExitCode.USAGE,
        "path: '" + missing + "' is not valid; expected a readable CSV file: no such file");
    oneLineError(
        cli("exec", "csv.read", "--input", "@" + missing),
        ExitCode.USAGE,
        "cannot read input file " + missing + ": no such file");
    oneLineError(
        cli("exec", "csv.read", "--input", "{\"path\": \"" + dir + "\"}"),
        ExitCode.USAGE,
        "path: '"
            + dir
            + "' is not valid; expected a readable CSV file: it is a directory, not a file");
  }

  @Test
  void jsonSyntaxErrors_nameLineAndColumn() throws IOException {
    Path recipe = file("broken.json", "{\"name\": \"x\",\n \"steps\": [}\n");
    RecipeCli run = cli("run", "--once", recipe.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.RECIPE_INVALID.code());
    assertThat(run.err()).contains("line 2, column 12").doesNotContain("setLenient");

    Path connections = file("c.json", "{\"customer_properties\": {\"auth_type\": vendor}}");
    RecipeCli cli =
        cli("exec", "customer_properties.list_properties", "--connections", connections.toString());
    assertThat(cli.exitCode()).isEqualTo(ExitCode.CONNECTION.code());
    assertThat(cli.err())
        .startsWith(
            "error: connections file "
                + connections
                + " is not a JSON object of apps: line 1, column 39")
        .hasLineCount(1);

    oneLineError(
        cli("exec", "csv.read", "--input", "{\"path\": x}"),
        ExitCode.USAGE,
        "--input is not a JSON object: line 1, column 10 ($.path): unexpected 'x': expected a value");
  }

  @Test
  void badCronExpressions_sayWhatIsExpected() throws IOException {
    Path recipe =
        file(
            "cron.json",
            "{\"name\": \"c\", \"trigger\": {\"app\": \"schedule\", \"input\": {\"cron\": \"61 * * * *\"}},"
                + " \"steps\": [{\"id\": \"l\", \"app\": \"log\", \"action\": \"info\", \"input\": {\"message\": \"x\"}}]}");
    RecipeCli cli = cli("run", "--once", recipe.toString());
    assertThat(cli.exitCode()).isEqualTo(ExitCode.RECIPE_INVALID.code());
    assertThat(cli.err())
        .isEqualTo(
            "error: the recipe is not valid:\n  trigger.input.cron: '61 * * * *' is not valid; expected five"
                + " fields (minute hour day-of-month month day-of-week) such as \"0 * * * *\" (hourly) or"
                + " \"30 6 * * 1-5\" (6:30 on weekdays); Value 61 not in range [0, 59]\n");
  }

  @Test
  void missingSecretOfTheHttpApp_namesItsVariable_andNeverShowsTheOtherHalf() throws IOException {
    Path connections =
        file("h.json", "{\"http\": {\"username\": \"ann\", \"api_key\": \"k-123-secret\"}}");
    RecipeCli cli =
        cli(
            "exec",
            "http.request",
            "--input",
            "{\"url\": \"http://127.0.0.1:1/\"}",
            "--connections",
            connections.toString());
    assertThat(cli.exitCode()).isEqualTo(ExitCode.CONNECTION.code());
    assertThat(cli.err())
        .isEqualTo(
            "error: app 'http' needs a connection: 'password' is required (a password to go with"
                + " username (HTTP basic)); give it in --connections FILE under \"http\" or as"
                + " RECIPE_HTTP_PASSWORD\n");
  }

  @Test
  void valuesInMessagesAreJson_notJavaMaps() {
    oneLineError(
        cli("exec", "csv.read", "--input", "{\"path\": {\"a\": [1, \"b\"]}}"),
        ExitCode.USAGE,
        "path: '{\"a\":[1,\"b\"]}' is not valid; expected text, not an object");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static Thread acceptAndSayNothing(ServerSocket server) {
    Thread thread =
        new Thread(
            () -> {
              List<Socket> held = new ArrayList<>();
              try {
                while (!Thread.currentThread().isInterrupted()) {
                  held.add(server.accept());
                }
              } catch (IOException e) {
                // the socket was closed: the test is over
              }
            },
            "silent-server");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /**
   * Answers every connection with a plain-HTTP 400, as a server without TLS does to a handshake.
   */
  private static final class PlainHttpServer implements AutoCloseable {
    private final ServerSocket socket;

    PlainHttpServer() throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread thread =
          new Thread(
              () -> {
                while (!socket.isClosed()) {
                  try (Socket client = socket.accept()) {
                    InputStream in = client.getInputStream();
                    in.read(new byte[4096]);
                    OutputStream out = client.getOutputStream();
                    out.write(
                        "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                  } catch (IOException e) {
                    // the next connection, or the socket was closed
                  }
                }
              },
              "plain-http");
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
