package dev.cprops.recipes.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.connector.spi.Json;
import dev.cprops.recipes.fake.FakeHookConnector;
import dev.cprops.recipes.recipe.Recipe;
import dev.cprops.recipes.recipe.RecipeException;
import dev.cprops.recipes.state.SavedSubscription;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A webhook run against the fake webhook connector: the receiver's answers, dedup, error policies,
 * slow steps, limits and the subscription's life (re-used, replaced, removed, kept).
 */
class WebhookRunTest {
  private static final String RECIPE =
      """
      {"name": "hooks", "trigger": {"app": "fakehook", "trigger": "events", "input": {"topic": "t"}},
       "steps": [{"id": "apply", "app": "fakehook", "action": "apply", "on_error": "%s",
                  "input": {"id": "{{trigger.id}}"}},
                 {"id": "say", "app": "log", "action": "info", "input": {"message": "{{trigger.id}}: {{trigger.name}}"}}]}
      """;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path state;
  private final RunnerFixture fixture = new RunnerFixture();
  private final Events events = new Events();
  private final AtomicBoolean stop = new AtomicBoolean();
  private final List<CompletableFuture<RunSummary>> runs = new ArrayList<>();

  @BeforeEach
  void reset() {
    FakeHookConnector.reset();
  }

  @AfterEach
  void stopRuns() throws Exception {
    stop.set(true);
    for (CompletableFuture<RunSummary> run : runs) {
      run.handle((s, e) -> s).get(30, TimeUnit.SECONDS);
    }
  }

  /** Records what the run reports, and when it listens. */
  private static final class Events implements RunListener {
    final List<String> lines = new CopyOnWriteArrayList<>();
    volatile CountDownLatch listening = new CountDownLatch(1);
    volatile boolean reused;

    @Override
    public void listening(String trigger, String callbackUrl, boolean reused) {
      this.reused = reused;
      lines.add("listening " + callbackUrl);
      listening.countDown();
    }

    @Override
    public void delivered(String trigger, int events, int duplicates, int status) {
      lines.add("delivered " + events + " " + duplicates + " " + status);
    }

    @Override
    public void rejected(String trigger, String reason) {
      lines.add("rejected " + reason);
    }

    @Override
    public void stoppedListening(String trigger, String what) {
      lines.add("stopped " + what);
    }
  }

  private CompletableFuture<RunSummary> start(String policy, WebhookOptions options)
      throws InterruptedException {
    Recipe recipe = fixture.recipe(RECIPE.formatted(policy));
    events.listening = new CountDownLatch(1);
    RecipeRunner runner = fixture.runner(events);
    CompletableFuture<RunSummary> run =
        CompletableFuture.supplyAsync(() -> runner.runWebhook(recipe, state, options, stop::get));
    runs.add(run);
    while (!events.listening.await(50, TimeUnit.MILLISECONDS)) {
      if (run.isDone()) {
        run.join(); // throws what ended it
        throw new AssertionError("the run ended before it listened");
      }
    }
    return run;
  }

  private RunSummary end(CompletableFuture<RunSummary> run) throws Exception {
    stop.set(true);
    RunSummary summary = run.get(30, TimeUnit.SECONDS);
    stop.set(false);
    return summary;
  }

  private static String only(Map<String, String> map) {
    assertThat(map).hasSize(1);
    return map.keySet().iterator().next();
  }

  private static HttpResponse<String> post(String url, String secret, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (secret != null) {
      request.header("X-Fake-Secret", secret);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a notification to the one live subscription, with its secret. */
  private static HttpResponse<String> deliver(String... ids)
      throws IOException, InterruptedException {
    String id = only(FakeHookConnector.SUBSCRIBED);
    return post(
        FakeHookConnector.SUBSCRIBED.get(id),
        FakeHookConnector.SECRETS.get(id),
        FakeHookConnector.body(ids));
  }

  private Path subscriptionFile() {
    return SavedSubscription.file(state, "fakehook.events");
  }

  @Test
  void eachEventRunsOnce_duplicatesAreAcknowledged_andTheEndUnsubscribes() throws Exception {
    CompletableFuture<RunSummary> run = start("stop", WebhookOptions.defaults());
    String url = FakeHookConnector.SUBSCRIBED.values().iterator().next();
    assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/hooks/fakehook\\.events");
    assertThat(subscriptionFile()).exists();

    HttpResponse<String> first = deliver("e1", "e2");
    HttpResponse<String> again = deliver("e2");
    HttpResponse<String> third = deliver("e3");
    RunSummary summary = end(run);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(Json.parseObject(first.body()))
        .containsEntry("message", "2 events handled")
        .containsEntry("status", new java.math.BigDecimal(200));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("0 events handled, 1 already handled before");
    assertThat(third.statusCode()).isEqualTo(200);
    assertThat(FakeHookConnector.APPLIED).containsExactly("e1", "e2", "e3");
    assertThat(fixture.log.toString()).isEqualTo("e1: Name e1\ne2: Name e2\ne3: Name e3\n");
    assertThat(summary.outcome()).isEqualTo(RunOutcome.OK);
    assertThat(summary.events()).isEqualTo(3);
    assertThat(summary.duplicates()).isEqualTo(1);
    assertThat(summary.webhook()).isEqualTo(new WebhookTotals(3, 3, 0, 0));
    assertThat(FakeHookConnector.SUBSCRIBED).isEmpty();
    assertThat(subscriptionFile()).doesNotExist();
    assertThat(events.lines).last().isEqualTo("stopped the webhook subscription is removed");
    assertThat(Files.readString(state.resolve("fakehook.events.json")))
        .contains("\"e1\"", "\"e2\"", "\"e3\"");
  }

  @Test
  void aKeyHandledInAnEarlierRun_isADuplicate() throws Exception {
    CompletableFuture<RunSummary> first = start("stop", WebhookOptions.defaults());
    deliver("e1");
    end(first);

    CompletableFuture<RunSummary> second = start("stop", WebhookOptions.defaults());
    HttpResponse<String> redelivered = deliver("e1");
    RunSummary summary = end(second);

    assertThat(redelivered.statusCode()).isEqualTo(200);
    assertThat(FakeHookConnector.APPLIED).containsExactly("e1");
    assertThat(summary.duplicates()).isEqualTo(1);
    assertThat(summary.events()).isZero();
  }

  @Test
  void aForgedOrMalformedNotification_isRefused_andRunsNothing() throws Exception {
    CompletableFuture<RunSummary> run = start("stop", WebhookOptions.defaults());
    String url = FakeHookConnector.SUBSCRIBED.values().iterator().next();

    HttpResponse<String> forged = post(url, "guess", FakeHookConnector.body("e1"));
    HttpResponse<String> unsigned = post(url, null, FakeHookConnector.body("e1"));
    String secret = FakeHookConnector.SECRETS.values().iterator().next();
    HttpResponse<String> malformed = post(url, secret, "not json".getBytes());
    RunSummary summary = end(run);

    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(forged.body()).contains("webhook rejected: wrong X-Fake-Secret");
    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(FakeHookConnector.APPLIED).isEmpty();
    assertThat(fixture.log.toString()).isEmpty();
    assertThat(summary.events()).isZero();
    assertThat(summary.webhook()).isEqualTo(new WebhookTotals(3, 0, 3, 0));
    assertThat(events.lines)
        .contains("rejected webhook rejected: wrong X-Fake-Secret")
        .noneMatch(l -> l.startsWith("delivered"));
  }

  @Test
  void aStopStepFailure_answers500_andTheRedeliveryRunsTheEventAgain() throws Exception {
    FakeHookConnector.failures.set(2);
    CompletableFuture<RunSummary> run = start("stop", WebhookOptions.defaults());

    HttpResponse<String> attempt1 = deliver("e1");
    HttpResponse<String> attempt2 = deliver("e1");
    HttpResponse<String> attempt3 = deliver("e1");
    HttpResponse<String> attempt4 = deliver("e1");
    RunSummary summary = end(run);

    assertThat(attempt1.statusCode()).isEqualTo(500);
    assertThat(attempt1.body())
        .contains("event e1 failed; deliver it again to run it again: ")
        .contains("the fake API is unavailable");
    assertThat(attempt2.statusCode()).isEqualTo(500);
    assertThat(attempt3.statusCode()).isEqualTo(200);
    assertThat(attempt4.statusCode()).isEqualTo(200);
    assertThat(FakeHookConnector.APPLIED).containsExactly("e1");
    assertThat(fixture.log.toString()).as("the log step ran once").isEqualTo("e1: Name e1\n");
    assertThat(summary.outcome()).isEqualTo(RunOutcome.FAILURES);
    assertThat(summary.stepErrors()).isEqualTo(2);
    assertThat(summary.duplicates()).isEqualTo(1);
    assertThat(summary.webhook()).isEqualTo(new WebhookTotals(4, 2, 0, 2));
  }

  @Test
  void aSkipStepFailure_isAcknowledged_andNotRunAgain() throws Exception {
    FakeHookConnector.failures.set(1);
    CompletableFuture<RunSummary> run = start("skip", WebhookOptions.defaults());

    HttpResponse<String> failed = deliver("e1");
    HttpResponse<String> again = deliver("e1");
    RunSummary summary = end(run);

    assertThat(failed.statusCode()).isEqualTo(200);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(FakeHookConnector.APPLIED).isEmpty();
    assertThat(fixture.log.toString()).isEmpty();
    assertThat(summary.outcome()).isEqualTo(RunOutcome.FAILURES);
    assertThat(summary.errors()).singleElement().asString().contains("the fake API is unavailable");
  }

  @Test
  void slowSteps_answer503_goOn_andTheRetryIsAnsweredWithTheirOutcome() throws Exception {
    FakeHookConnector.delayMillis = 1_500;
    CompletableFuture<RunSummary> run =
        start("stop", WebhookOptions.defaults().withAckTimeout(Duration.ofMillis(100)));

    HttpResponse<String> first = deliver("e1");
    FakeHookConnector.delayMillis = 0;
    HttpResponse<String> retry;
    do {
      retry = deliver("e1");
    } while (retry.statusCode() == 503);
    RunSummary summary = end(run);

    assertThat(first.statusCode()).isEqualTo(503);
    assertThat(first.body()).contains("the steps are still running");
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(retry.body()).contains("1 already handled before");
    assertThat(FakeHookConnector.APPLIED).containsExactly("e1");
    assertThat(summary.events()).isEqualTo(1);
  }

  @Test
  void maxEvents_endsTheRunByItself() throws Exception {
    CompletableFuture<RunSummary> run = start("stop", WebhookOptions.defaults().withMaxEvents(2));

    deliver("e1");
    deliver("e1");
    assertThat(run).isNotDone();
    deliver("e2", "e3");
    RunSummary summary = run.get(30, TimeUnit.SECONDS);

    assertThat(summary.events()).isEqualTo(3);
    assertThat(FakeHookConnector.SUBSCRIBED).isEmpty();
  }

  @Test
  void aRejectedCredential_endsTheRun_withTheDeliveryLeftForRedelivery() throws Exception {
    FakeHookConnector.rejectCredentials = true;
    CompletableFuture<RunSummary> run = start("continue", WebhookOptions.defaults());

    HttpResponse<String> answer = deliver("e1");
    RunSummary summary = run.get(30, TimeUnit.SECONDS);

    assertThat(answer.statusCode()).isEqualTo(503);
    assertThat(summary.outcome()).isEqualTo(RunOutcome.AUTH_FAILED);
    assertThat(FakeHookConnector.SUBSCRIBED).isEmpty();
    assertThat(Files.readString(state.resolve("fakehook.events.json"))).doesNotContain("e1");
  }

  @Test
  void keptSubscription_isReusedByTheNextRunOnTheSameUrl_thenRemoved() throws Exception {
    WebhookOptions options =
        WebhookOptions.defaults()
            .withListen(new InetSocketAddress("127.0.0.1", freePort()))
            .withKeepSubscription(true);
    CompletableFuture<RunSummary> first = start("stop", options);
    String id = only(FakeHookConnector.SUBSCRIBED);
    deliver("e1");
    end(first);
    assertThat(FakeHookConnector.SUBSCRIBED).containsOnlyKeys(id);
    assertThat(subscriptionFile()).exists();
    assertThat(events.lines)
        .contains(
            "stopped the webhook subscription is kept for the next run ("
                + subscriptionFile()
                + ")");

    CompletableFuture<RunSummary> second = start("stop", options.withKeepSubscription(false));
    assertThat(events.reused).isTrue();
    HttpResponse<String> answer = deliver("e2");
    end(second);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(FakeHookConnector.SUBSCRIBE_CALLS).hasValue(1);
    assertThat(FakeHookConnector.APPLIED).containsExactly("e1", "e2");
    assertThat(FakeHookConnector.SUBSCRIBED).isEmpty();
    assertThat(subscriptionFile()).doesNotExist();
  }

  @Test
  void aSavedSubscriptionForAnotherUrl_isRemovedAndReplaced() throws Exception {
    CompletableFuture<RunSummary> first =
        start("stop", WebhookOptions.defaults().withKeepSubscription(true));
    String old = only(FakeHookConnector.SUBSCRIBED);
    end(first);

    CompletableFuture<RunSummary> second = start("stop", WebhookOptions.defaults());
    assertThat(events.reused).isFalse();
    String current = only(FakeHookConnector.SUBSCRIBED);
    end(second);

    assertThat(current).isNotEqualTo(old);
    assertThat(FakeHookConnector.SUBSCRIBED).isEmpty();
    assertThat(FakeHookConnector.UNSUBSCRIBE_CALLS).hasValue(2);
  }

  @Test
  void aFailedUnsubscribe_isReported_andTheNextRunRemovesIt() throws Exception {
    CompletableFuture<RunSummary> first = start("stop", WebhookOptions.defaults());
    String old = only(FakeHookConnector.SUBSCRIBED);
    FakeHookConnector.unsubscribeFails = true;
    RunSummary summary = end(first);
    assertThat(summary.outcome()).isEqualTo(RunOutcome.FAILURES);
    assertThat(summary.errors())
        .containsExactly(
            "could not remove the webhook subscription (the next run removes it): the fake API is"
                + " down");
    assertThat(subscriptionFile()).exists();

    FakeHookConnector.unsubscribeFails = false;
    CompletableFuture<RunSummary> second = start("stop", WebhookOptions.defaults());
    assertThat(FakeHookConnector.SUBSCRIBED).doesNotContainKey(old).hasSize(1);
    end(second);
    assertThat(FakeHookConnector.SUBSCRIBED).isEmpty();
  }

  @Test
  void theSubscriptionFile_isReadableByItsOwnerOnly_andItsToStringHidesTheSecret()
      throws Exception {
    CompletableFuture<RunSummary> run = start("stop", WebhookOptions.defaults());
    Path file = subscriptionFile();
    SavedSubscription saved = SavedSubscription.load(file).orElseThrow();
    String secret = FakeHookConnector.SECRETS.values().iterator().next();

    assertThat(saved.subscription()).containsEntry("secret", secret);
    assertThat(saved.input()).containsEntry("topic", "t");
    assertThat(saved.toString()).doesNotContain(secret).contains("[redacted]");
    if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class)
        != null) {
      assertThat(Files.getPosixFilePermissions(file))
          .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }
    end(run);
  }

  @Test
  void theOtherKindOfRun_isRefused_beforeAnyConnectionOrSubscription() {
    Recipe hooks = fixture.recipe(RECIPE.formatted("stop"));
    assertThatThrownBy(() -> fixture.runOnce(hooks, state))
        .isInstanceOf(RecipeException.class)
        .hasMessage(
            "trigger: 'fakehook.events' is a webhook trigger: it is run by listening, not by ticks");
    Recipe polled =
        fixture.recipe(
            """
            {"name": "tick", "trigger": {"app": "schedule", "input": {"every": "1h"}},
             "steps": [{"id": "say", "app": "log", "action": "info", "input": {"message": "hi"}}]}
            """);
    assertThatThrownBy(
            () ->
                fixture
                    .runner(events)
                    .runWebhook(polled, state, WebhookOptions.defaults(), () -> true))
        .isInstanceOf(RecipeException.class)
        .hasMessage(
            "trigger: 'schedule.tick' is a polling trigger: it is run by ticks, not by listening");
    assertThat(FakeHookConnector.SUBSCRIBE_CALLS).hasValue(0);
    assertThat(events.lines).isEmpty();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
