package dev.cprops.recipes.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.connector.spi.Json;
import dev.cprops.mock.MockServer;
import dev.cprops.recipes.embedded.EmbeddedMockServerProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sample 5, real-time customer events to the CRM, run through the CLI against an in-process mock
 * server that delivers real, signed webhooks (retries 1 s apart, doubling, so failures heal fast):
 * customer changes reach the log and the CRM, a CRM outage is retried by the API until it ends,
 * duplicates and forgeries run nothing, a kept subscription picks up what the API retried while no
 * run listened, and every normal end (including SIGTERM) leaves no subscription behind.
 */
@Tag("slow")
class CustomerEventsSampleTest {
  private static final Path RECIPE = Path.of("samples/customer-events-to-crm/recipe.json");
  private static final String STATE_NAME = "customer_properties.customer_event";
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static DemoServer demo;

  @TempDir Path state;
  private final ExecutorService background = Executors.newCachedThreadPool();

  static MockServer.Builder fastWebhooks() {
    return MockServer.builder()
        .customers(20)
        .webhookAttempts(40)
        // not below 1 s: a retry signed in the same second as the attempt before carries the same
        // signature, which the connector's replay guard rejects (401) until the second turns
        .webhookBackoff(Duration.ofSeconds(1));
  }

  @BeforeAll
  static void start() {
    demo = new DemoServer(fastWebhooks().build().start());
  }

  @AfterAll
  static void stop() {
    demo.close();
  }

  @BeforeEach
  void reseed() {
    demo.server.reseed();
  }

  @AfterEach
  void stopBackground() {
    background.shutdownNow();
  }

  private CompletableFuture<RecipeCli> run(String... options) {
    List<String> args = new ArrayList<>(List.of("run", RECIPE.toString()));
    args.addAll(List.of(options));
    args.addAll(List.of("--state", state.toString()));
    return CompletableFuture.supplyAsync(
        () -> RecipeCli.run(List.of(demo.provider()), args.toArray(String[]::new)), background);
  }

  /** Waits until the API lists the run's webhook; answers its key. */
  private static String awaitWebhook(DemoServer server, CompletableFuture<RecipeCli> run) {
    return awaitWebhook(
        server,
        run::isDone,
        () -> {
          RecipeCli cli = run.join();
          return cli.out() + cli.err();
        });
  }

  private static String awaitWebhook(
      DemoServer server, BooleanSupplier ended, Supplier<String> output) {
    await(
        "the run subscribed",
        () -> {
          if (ended.getAsBoolean()) {
            throw new AssertionError("the run ended early:\n" + output.get());
          }
          return server.webhooks().size() == 1;
        });
    return server.webhooks().get(0).get("key").toString();
  }

  /** Waits until the run saved its subscription (the API lists it a moment before). */
  private void awaitSaved() {
    await("the subscription was saved", () -> Files.exists(subscriptionFile()));
  }

  private Path subscriptionFile() {
    return state.resolve(STATE_NAME + ".webhook.json");
  }

  private static String awaitWebhook(DemoServer server, Process process, Path output) {
    return awaitWebhook(
        server, () -> !process.isAlive(), () -> read(output) + read(Path.of(output + ".err")));
  }

  private static RecipeCli finish(CompletableFuture<RecipeCli> run) throws Exception {
    return run.get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  private static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static long lines(String output, String regex) {
    return Pattern.compile(regex, Pattern.MULTILINE).matcher(output).results().count();
  }

  @Test
  void sample_validates_andDescribeShowsTheWebhookTrigger() {
    RecipeCli validate =
        RecipeCli.run(List.of(new EmbeddedMockServerProvider()), "validate", RECIPE.toString());
    assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
    assertThat(validate.out()).endsWith(": ok (2 steps)\n");

    RecipeCli describe = RecipeCli.run(List.of(), "describe", "customer_properties");
    assertThat(describe.out())
        .containsPattern(
            "\"id\": \"customer_event\",\\s+\"title\": \"[^\"]+\",\\s+\"kind\": \"webhook\"");
    RecipeCli index = RecipeCli.run(List.of(), "describe");
    assertThat(index.out()).contains("\"customer_event (webhook)\"");
  }

  @Test
  void customerChanges_areWrittenToTheirCrmCompanies_andLogged_thenTheSubscriptionIsRemoved()
      throws Exception {
    CompletableFuture<RecipeCli> run = run("--max-events", "2");
    awaitWebhook(demo, run);

    demo.patchCustomer("acct_00001", Map.of("industry", "Robotics", "subscription_plan", "Pro"));
    demo.patchCustomer("acct_00002", Map.of("mrr", "999.50", "seats", 42, "region", "Ontario"));
    RecipeCli cli = finish(run);

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.out())
        .contains(
            "customer.updated acct_00001 -> CRM updated: [{\"field\":\"meta.subscription_plan\",")
        .contains("{\"field\":\"meta.industry\",\"from\":")
        .contains("\"to\":\"Robotics\"}]")
        .contains("customer.updated acct_00002 -> CRM updated: ")
        .contains("{\"field\":\"meta.seats\",")
        .contains("\"to\":42}");
    assertThat(cli.count("read")).isEqualTo(2);
    assertThat(cli.count("updated")).isEqualTo(2);
    assertThat(cli.out())
        .contains("  webhook    2 notifications: 2 accepted, 0 rejected, 0 answered 5xx");
    assertThat(demo.company("acct_00001"))
        .containsEntry("industry", "Robotics")
        .containsEntry("subscription_plan", "pro");
    assertThat(demo.company("acct_00002"))
        .containsEntry("mrr", "999.50")
        .containsEntry("seats", "42")
        .containsEntry("state", "Ontario");
    assertThat(cli.err()).contains("stopped listening; the webhook subscription is removed");
    assertThat(demo.webhooks()).isEmpty();
    assertThat(state.resolve(STATE_NAME + ".webhook.json")).doesNotExist();
  }

  @Test
  void aCrmOutage_isAnswered500_retriedByTheApi_andAppliedOnceWhenItEnds() throws Exception {
    String outage =
        demo.addStub(
            """
            {"priority": 1,
             "request": {"method": "POST", "urlPath": "/crm/v3/objects/companies/batch/update"},
             "response": {"status": 503, "headers": {"Content-Type": "application/json"},
                          "jsonBody": {"status": "error", "message": "CRM down for maintenance",
                                       "category": "SERVICE_UNAVAILABLE"}}}
            """);
    CompletableFuture<RecipeCli> run = run("--max-events", "1");
    String webhook = awaitWebhook(demo, run);

    demo.patchCustomer("acct_00003", Map.of("industry", "Aerospace"));
    await(
        "the API saw two failed attempts",
        () ->
            demo.deliveries(webhook).stream()
                    .filter(d -> Integer.valueOf(500).equals(number(d.get("status_code"))))
                    .count()
                >= 2);
    assertThat(demo.company("acct_00003").get("industry")).isNotEqualTo("Aerospace");
    demo.removeStub(outage);
    RecipeCli cli = finish(run);

    assertThat(cli.exitCode()).as("exit 1: attempts failed on the way").isEqualTo(1);
    assertThat(demo.company("acct_00003")).containsEntry("industry", "Aerospace");
    assertThat(lines(cli.out(), "^customer\\.updated acct_00003 -> CRM updated: .*Aerospace"))
        .as("logged once")
        .isEqualTo(1);
    assertThat(cli.out())
        .contains(
            "step 'company' (crm.batch_update_companies) failed: CRM answered 503 to POST"
                + " /objects/companies/batch/update: CRM down for maintenance")
        .containsPattern(
            "webhook    \\d+ notifications: 1 accepted, 0 rejected, \\d+ answered 5xx");
    assertThat(cli.err()).contains("answered 500 (the app delivers it again)");
    assertThat(demo.webhooks()).isEmpty();
  }

  @Test
  void aDuplicatedDelivery_runsTheStepsOnce_andForgedOrReplayedOnesRunNothing() throws Exception {
    CompletableFuture<RecipeCli> run = run("--max-events", "2");
    awaitWebhook(demo, run);
    awaitSaved();
    Map<String, Object> saved =
        Json.parseObject(Files.readString(state.resolve(STATE_NAME + ".webhook.json")));
    String callback = saved.get("callback_url").toString();
    String secret = ((Map<?, ?>) saved.get("subscription")).get("secret").toString();
    byte[] body = eventBody("evt_duplicated_1", demo.customer("acct_00004"));
    long now = System.currentTimeMillis() / 1000;

    HttpResponse<String> forged = post(callback, signature("not-the-secret", now, body), body);
    String first = signature(secret, now, body);
    HttpResponse<String> delivered = post(callback, first, body);
    HttpResponse<String> redelivered = post(callback, signature(secret, now - 1, body), body);
    HttpResponse<String> replayed = post(callback, first, body);
    demo.patchCustomer("acct_00005", Map.of("industry", "Biotech"));
    RecipeCli cli = finish(run);

    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(forged.body())
        .contains("the signature does not match the body and the webhook's secret");
    assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
    assertThat(redelivered.statusCode()).isEqualTo(200);
    assertThat(redelivered.body()).contains("0 events handled, 1 already handled before");
    assertThat(replayed.statusCode()).isEqualTo(401);
    assertThat(replayed.body()).contains("already received (a replay)");
    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    assertThat(lines(cli.out(), "^customer\\.updated acct_00004 -> CRM ")).isEqualTo(1);
    assertThat(lines(cli.out(), "^customer\\.updated acct_00005 -> CRM updated")).isEqualTo(1);
    assertThat(cli.out()).contains("  read       2 (2 events, 1 duplicate skipped, 0 loop items)");
    assertThat(cli.out()).containsPattern("notifications: \\d+ accepted, 2 rejected");
    assertThat(cli.err()).contains("notification rejected, nothing ran: webhook rejected: ");
  }

  @Test
  void aKeptSubscription_isReusedByTheNextRun_whichGetsWhatTheApiRetriedMeanwhile()
      throws Exception {
    String listen = "127.0.0.1:" + freePort();
    CompletableFuture<RecipeCli> first =
        run("--listen", listen, "--keep-subscription", "--max-events", "1");
    String webhook = awaitWebhook(demo, first);
    demo.patchCustomer("acct_00006", Map.of("industry", "Shipping"));
    RecipeCli before = finish(first);
    assertThat(before.exitCode()).as(before.out() + before.err()).isZero();
    assertThat(before.err()).contains("the webhook subscription is kept for the next run");
    assertThat(demo.webhooks()).extracting(w -> w.get("key")).containsExactly(webhook);

    demo.patchCustomer("acct_00007", Map.of("industry", "Forestry"));
    await(
        "the API failed to deliver while no run listened",
        () -> demo.deliveries(webhook).stream().anyMatch(d -> d.get("status_code") == null));
    CompletableFuture<RecipeCli> second = run("--listen", listen, "--max-events", "1");
    RecipeCli after = finish(second);

    assertThat(after.exitCode()).as(after.out() + after.err()).isZero();
    assertThat(after.err()).contains("(re-using the saved subscription)");
    assertThat(after.out()).contains("customer.updated acct_00007 -> CRM updated: ");
    assertThat(demo.company("acct_00007")).containsEntry("industry", "Forestry");
    assertThat(demo.webhooks()).isEmpty();
  }

  @Test
  void withoutConnections_theEmbeddedServerDelivers_andTheHintShowsHowToCauseAnEvent()
      throws Exception {
    ByteArrayOutputStream notices = new ByteArrayOutputStream();
    EmbeddedMockServerProvider provider =
        new EmbeddedMockServerProvider(
            new PrintStream(notices, true, StandardCharsets.UTF_8),
            CustomerEventsSampleTest::fastWebhooks);
    CompletableFuture<RecipeCli> run =
        CompletableFuture.supplyAsync(
            () ->
                RecipeCli.run(
                    List.of(provider),
                    "run",
                    RECIPE.toString(),
                    "--max-events",
                    "1",
                    "--state",
                    state.toString()),
            background);
    await("the embedded server started", () -> provider.running().isPresent() || run.isDone());
    assertThat(run).as(() -> run.join().out() + run.join().err()).isNotDone();
    DemoServer embedded = new DemoServer(provider.running().orElseThrow());
    String baseUrl = embedded.server.baseUrl();
    String rootUrl = embedded.server.rootUrl();
    awaitWebhook(embedded, run);
    embedded.patchCustomer("acct_00001", Map.of("industry", "Robotics"));
    RecipeCli cli = finish(run);

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.err())
        .contains("To cause an event, change a demo customer from another terminal, e.g.:\n")
        .contains(
            "  curl -u pk_demo_public:sk_demo_secret -X PATCH -H 'Content-Type: application/json'"
                + " -d '{\"meta\": {\"industry\": \"Robotics\"}}' "
                + baseUrl
                + "/customers/acct_00001\n")
        .contains("Stops after 1 event, or on Ctrl-C; the subscription is then removed.\n");
    assertThat(notices.toString(StandardCharsets.UTF_8))
        .startsWith("Using the embedded mock server at " + rootUrl);
    assertThat(cli.out()).contains("customer.updated acct_00001 -> CRM updated: ");
  }

  @Test
  void sigterm_unsubscribes_andAKilledRunsOrphanIsReplacedByTheNextRun() throws Exception {
    Path output = state.resolve("run.out");
    Process terminated = start(output);
    awaitWebhook(demo, terminated, output);
    demo.patchCustomer("acct_00008", Map.of("industry", "Mining"));
    await("the event was logged", () -> read(output).contains("acct_00008 -> CRM updated"));
    terminated.destroy(); // SIGTERM, as Ctrl-C's shutdown
    assertThat(terminated.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    // issue 16, point 4, webhook mode: the summary tells of the interruption; 143 = SIGTERM
    assertThat(terminated.exitValue()).isEqualTo(143);
    assertThat(read(output))
        .contains("Summary of 'Customer events to log and CRM': interrupted")
        .contains("notifications not handled yet were answered 503");
    assertThat(read(Path.of(output + ".err")))
        .contains("stopped listening; the webhook subscription is removed");
    assertThat(demo.webhooks()).isEmpty();
    assertThat(state.resolve(STATE_NAME + ".webhook.json")).doesNotExist();

    Process killed = start(state.resolve("killed.out"));
    String orphan = awaitWebhook(demo, killed, state.resolve("killed.out"));
    awaitSaved();
    killed.destroyForcibly().waitFor(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(demo.webhooks()).extracting(w -> w.get("key")).containsExactly(orphan);
    assertThat(state.resolve(STATE_NAME + ".webhook.json")).exists();

    RecipeCli next = finish(run("--duration", "1s"));
    assertThat(next.exitCode()).as(next.out() + next.err()).isZero();
    assertThat(demo.webhooks()).isEmpty();
  }

  private Process start(Path output) throws Exception {
    return RecipeProcess.start(
        demo, output, "run", RECIPE.toAbsolutePath().toString(), "--state", state.toString());
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A {@code customer.updated} notification body as the API sends it, for this customer. */
  private static byte[] eventBody(String eventKey, Map<String, Object> customer) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", "customer.updated");
    body.put("event_key", eventKey);
    body.put("created_at", System.currentTimeMillis());
    body.put("data", customer);
    body.put("changes", Map.of("name", Map.of("from", "Old name", "to", customer.get("name"))));
    return Json.compact(body).getBytes(StandardCharsets.UTF_8);
  }

  /** {@code t=<seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}, as api.md specifies. */
  private static String signature(String secret, long seconds, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update((seconds + ".").getBytes(StandardCharsets.UTF_8));
    return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body));
  }

  private static HttpResponse<String> post(String url, String signature, byte[] body)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("X-Webhook-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Integer number(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
