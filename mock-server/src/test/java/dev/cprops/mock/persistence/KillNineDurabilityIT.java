package dev.cprops.mock.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.api.WebhookReceiver;
import dev.cprops.mock.json.JsonValueReader;
import dev.cprops.mock.json.JsonValueWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durability test: the fat jar as a child process with {@code --data-dir}, writers on
 * several threads, {@code kill -9} in the middle of the load, a restart on the same directory, and
 * every acknowledged write found. Two rounds, so the second restart loads a snapshot that the first
 * restart compacted plus a new journal.
 *
 * <p>The writers create and PATCH customers, create, PATCH (new secret) and delete webhooks, and
 * PATCH CRM companies. What "acknowledged" promises, and so what is asserted: each writer thread
 * owns what it writes and has at most one request in flight. A write answered 2xx is in the
 * restarted state, unless the same thread's later write (the one in flight at the kill, whose
 * outcome is unknown) replaced it. So each item holds its last acknowledged state or the state of
 * the write in flight; an item whose create was in flight may or may not exist.
 *
 * <p>The outbox: a webhook subscribed to customer events targets a receiver that is down while the
 * writers run, so every event waits. After each restart the receiver is up, and it must receive an
 * event for every acknowledged customer write (and for the one in flight, if its change survived: a
 * change and its event are recorded together). The webhooks the writers create subscribe to {@code
 * customer_property.created}; after each restart one property is created, and each webhook that
 * exists must receive it signed with its acknowledged secret (or the one in flight).
 */
class KillNineDurabilityIT {
  private static final int THREADS = 8;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 400;
  private static final int DEMO_CUSTOMERS = 20;
  private static final Duration EVENTS_BOUND = Duration.ofMinutes(2);
  private static final String OUTBOX_SECRET = "whsec_outbox";
  private static final String AUTHORIZATION =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("pk_demo_public:sk_demo_secret".getBytes(StandardCharsets.UTF_8));

  /** One customer as its owning thread knows it. */
  private static final class Tracked {
    final String customerKey;
    boolean created; // the create was acknowledged
    int acknowledged; // the counter of the last acknowledged write
    Integer inFlight; // the counter of the write whose answer the kill cut off

    Tracked(String customerKey) {
      this.customerKey = customerKey;
    }
  }

  /** One webhook as its owning thread knows it; its target path is unique, its key known late. */
  private static final class TrackedWebhook {
    final String path;
    String key; // from the acknowledged create (or found after a restart)
    boolean created;
    String secret; // the acknowledged secret
    String inFlightSecret; // of the create or PATCH whose answer the kill cut off
    boolean deleted;
    boolean deleteInFlight;

    TrackedWebhook(String path) {
      this.path = path;
    }
  }

  /** One CRM company as its owning thread knows it: the value of its {@code seats}. */
  private static final class TrackedCompany {
    final String id;
    String acknowledged;
    String inFlight;

    TrackedCompany(String id, String acknowledged) {
      this.id = id;
      this.acknowledged = acknowledged;
    }
  }

  /** What one writer thread owns. */
  private static final class Owned {
    final List<Tracked> customers = new ArrayList<>();
    final List<TrackedWebhook> webhooks = new ArrayList<>();
    final List<TrackedCompany> companies = new ArrayList<>();
  }

  @TempDir Path dataDir;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private ServerProcess server;
  private WebhookReceiver receiver;

  @AfterEach
  void stopServer() throws InterruptedException {
    if (server != null) {
      server.stop();
    }
    if (receiver != null) {
      receiver.close();
    }
  }

  @Test
  void everyAcknowledgedWrite_survivesKillNine_andARestart() throws Exception {
    receiver = new WebhookReceiver();
    server = start();
    assertThat(
            send(
                    "POST",
                    "/customer-properties",
                    Map.of("api_name", "counter", "label", "Counter", "type", "number"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            send(
                    "POST",
                    "/webhooks",
                    Map.of(
                        "target",
                        receiver.url() + "/outbox",
                        "events",
                        List.of("customer.created", "customer.updated"),
                        "secret",
                        OUTBOX_SECRET))
                .statusCode())
        .isEqualTo(200);
    List<Owned> owners = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      owners.add(new Owned());
    }
    List<Map<String, Object>> companies = companies();
    for (int i = 0; i < companies.size(); i++) {
      Map<?, ?> properties = (Map<?, ?>) companies.get(i).get("properties");
      owners
          .get(i % THREADS)
          .companies
          .add(
              new TrackedCompany(
                  (String) companies.get(i).get("id"), (String) properties.get("seats")));
    }

    for (int round = 1; round <= 2; round++) {
      receiver.respond((request, attempt) -> 503);
      loadThenKill(round, owners);
      receiver.respond((request, attempt) -> 200);
      server = start();

      assertThat(server.output()).contains("restored");
      List<Tracked> customers = new ArrayList<>();
      owners.forEach(owner -> customers.addAll(owner.customers));
      int existing = verifyCustomers(customers);
      owners.forEach(owner -> owner.customers.removeIf(c -> !c.created));
      assertThat(count("customers")).isEqualTo(DEMO_CUSTOMERS + existing);
      verifyCompanies(owners);
      int webhooks = verifyWebhooks(round, owners);
      int events = verifyEvents(owners);
      System.out.printf(
          "Round %d: %d customers, %d webhooks, %d CRM companies checked; %d customer writes'"
              + " events delivered%n",
          round, existing, webhooks, companies.size(), events);
    }
  }

  /** Runs the writers until enough writes are acknowledged, kills the server, joins the writers. */
  private void loadThenKill(int round, List<Owned> owners) throws Exception {
    AtomicInteger acknowledged = new AtomicInteger();
    ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Owned owned = owners.get(t);
      String prefix = "r" + round + "t" + t;
      writers.add(
          pool.submit(
              () -> {
                write(prefix, owned, acknowledged, unexpected);
                return null;
              }));
    }
    while (acknowledged.get() < ACKNOWLEDGED_BEFORE_KILL && unexpected.isEmpty()) {
      assertThat(writers).noneMatch(Future::isDone);
      Thread.sleep(5);
    }
    server.killHard();
    for (Future<?> writer : writers) {
      writer.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
    assertThat(unexpected).isEmpty();
  }

  /** One writer: a mix of customer, webhook and CRM writes, until the server is gone. */
  private void write(
      String prefix,
      Owned owned,
      AtomicInteger acknowledged,
      ConcurrentLinkedQueue<String> unexpected)
      throws InterruptedException {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int written = 0;
    while (true) {
      int pick = random.nextInt(20);
      boolean answered;
      try {
        if (pick == 0) {
          answered = writeWebhook(prefix + "w" + written, owned, unexpected);
        } else if (pick <= 3 && !owned.companies.isEmpty()) {
          answered = writeCompany(prefix + "v" + written, owned, unexpected);
        } else {
          answered = writeCustomer(prefix + "c", owned, unexpected);
        }
      } catch (IOException e) {
        return; // the server is gone: this write's outcome is unknown
      }
      if (!answered) {
        return;
      }
      written++;
      acknowledged.incrementAndGet();
    }
  }

  private boolean writeCustomer(
      String prefix, Owned owned, ConcurrentLinkedQueue<String> unexpected)
      throws IOException, InterruptedException {
    List<Tracked> customers = owned.customers;
    ThreadLocalRandom random = ThreadLocalRandom.current();
    boolean create = customers.isEmpty() || random.nextInt(4) == 0;
    Tracked target;
    int value;
    HttpResponse<byte[]> response;
    if (create) {
      target = new Tracked(prefix + customers.size());
      customers.add(target);
      value = 0;
      target.inFlight = value;
      response =
          send(
              "POST",
              "/customers",
              Map.of(
                  "customer_key",
                  target.customerKey,
                  "email",
                  target.customerKey + "@example.com",
                  "partner_key",
                  "partner_jane",
                  "name",
                  "v0",
                  "meta",
                  Map.of("counter", 0)));
    } else {
      target = customers.get(random.nextInt(customers.size()));
      value = target.acknowledged + 1;
      target.inFlight = value;
      response =
          send(
              "PATCH",
              "/customers/" + target.customerKey,
              Map.of("name", "v" + value, "meta", Map.of("counter", value)));
    }
    if (!succeeded(response, "customer " + target.customerKey, unexpected)) {
      return false;
    }
    target.created = true;
    target.acknowledged = value;
    target.inFlight = null;
    return true;
  }

  private boolean writeWebhook(String name, Owned owned, ConcurrentLinkedQueue<String> unexpected)
      throws IOException, InterruptedException {
    List<TrackedWebhook> live =
        owned.webhooks.stream().filter(w -> w.created && !w.deleted).toList();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    if (live.isEmpty() || random.nextInt(3) == 0) {
      TrackedWebhook webhook = new TrackedWebhook("/hooks/" + name);
      owned.webhooks.add(webhook);
      webhook.inFlightSecret = "whsec_" + name;
      HttpResponse<byte[]> response =
          send(
              "POST",
              "/webhooks",
              Map.of(
                  "target",
                  target(webhook.path),
                  "events",
                  List.of("customer_property.created"),
                  "secret",
                  webhook.inFlightSecret));
      if (!succeeded(response, "webhook create " + name, unexpected)) {
        return false;
      }
      webhook.key = (String) data(response).get("key");
      webhook.created = true;
      webhook.secret = webhook.inFlightSecret;
      webhook.inFlightSecret = null;
      return true;
    }
    TrackedWebhook webhook = live.get(random.nextInt(live.size()));
    if (random.nextInt(4) == 0) {
      webhook.deleteInFlight = true;
      HttpResponse<byte[]> response = send("DELETE", "/webhooks/" + webhook.key, null);
      if (!succeeded(response, "webhook delete " + webhook.key, unexpected)) {
        return false;
      }
      webhook.deleted = true;
      webhook.deleteInFlight = false;
      return true;
    }
    webhook.inFlightSecret = "whsec_" + name;
    HttpResponse<byte[]> response =
        send("PATCH", "/webhooks/" + webhook.key, Map.of("secret", webhook.inFlightSecret));
    if (!succeeded(response, "webhook update " + webhook.key, unexpected)) {
      return false;
    }
    webhook.secret = webhook.inFlightSecret;
    webhook.inFlightSecret = null;
    return true;
  }

  private boolean writeCompany(String value, Owned owned, ConcurrentLinkedQueue<String> unexpected)
      throws IOException, InterruptedException {
    TrackedCompany company =
        owned.companies.get(ThreadLocalRandom.current().nextInt(owned.companies.size()));
    company.inFlight = value;
    HttpResponse<byte[]> response =
        crm("PATCH", "/" + company.id, Map.of("properties", Map.of("seats", value)));
    if (!succeeded(response, "company " + company.id, unexpected)) {
      return false;
    }
    company.acknowledged = value;
    company.inFlight = null;
    return true;
  }

  private static boolean succeeded(
      HttpResponse<byte[]> response, String what, ConcurrentLinkedQueue<String> unexpected) {
    if (response.statusCode() / 100 == 2) {
      return true;
    }
    unexpected.add(what + ": " + response.statusCode());
    return false;
  }

  /**
   * Checks every tracked customer against the restarted server, then takes what it found as the
   * acknowledged state for the next round.
   *
   * @return how many tracked customers exist
   */
  private int verifyCustomers(List<Tracked> customers) throws Exception {
    int existing = 0;
    List<String> lost = new ArrayList<>();
    for (Tracked customer : customers) {
      HttpResponse<byte[]> response = send("GET", "/customers/" + customer.customerKey, null);
      if (response.statusCode() == 404 && !customer.created) {
        customer.inFlight = null;
        continue; // its create was in flight and did not reach the disk
      }
      if (response.statusCode() != 200) {
        lost.add(customer.customerKey + ": GET answered " + response.statusCode());
        continue;
      }
      existing++;
      Map<?, ?> data = data(response);
      int counter = ((BigDecimal) ((Map<?, ?>) data.get("meta")).get("counter")).intValueExact();
      boolean acknowledgedValue = customer.created && counter == customer.acknowledged;
      boolean inFlightValue = customer.inFlight != null && counter == customer.inFlight;
      if (!acknowledgedValue && !inFlightValue) {
        lost.add(
            customer.customerKey
                + ": counter "
                + counter
                + ", acknowledged "
                + (customer.created ? customer.acknowledged : "nothing")
                + ", in flight "
                + customer.inFlight);
      } else if (!data.get("name").equals("v" + counter)) {
        lost.add(customer.customerKey + ": name " + data.get("name") + " with counter " + counter);
      }
      customer.created = true;
      customer.acknowledged = counter;
      customer.inFlight = null;
    }
    assertThat(lost).as("acknowledged customer writes lost").isEmpty();
    return existing;
  }

  /** Every company holds its acknowledged {@code seats}, or the value in flight at the kill. */
  private void verifyCompanies(List<Owned> owners) throws Exception {
    List<String> lost = new ArrayList<>();
    for (Owned owner : owners) {
      for (TrackedCompany company : owner.companies) {
        HttpResponse<byte[]> response = crm("GET", "/" + company.id, null);
        assertThat(response.statusCode()).as("company " + company.id).isEqualTo(200);
        Map<?, ?> properties = (Map<?, ?>) json(response).get("properties");
        Object seats = properties.get("seats");
        boolean known =
            java.util.Objects.equals(seats, company.acknowledged)
                || (company.inFlight != null && company.inFlight.equals(seats));
        if (!known) {
          lost.add(
              company.id
                  + ": seats "
                  + seats
                  + ", acknowledged "
                  + company.acknowledged
                  + ", in flight "
                  + company.inFlight);
        }
        company.acknowledged = (String) seats;
        company.inFlight = null;
      }
    }
    assertThat(lost).as("acknowledged CRM writes lost").isEmpty();
  }

  /**
   * Every webhook whose create was acknowledged exists (unless its delete was), one whose delete
   * was acknowledged does not; then one property is created, and each webhook that exists must
   * receive it signed with its acknowledged secret, or the one in flight at the kill.
   *
   * @return how many of the writers' webhooks exist
   */
  private int verifyWebhooks(int round, List<Owned> owners) throws Exception {
    Map<String, Map<?, ?>> byTarget = new HashMap<>();
    for (Map<?, ?> webhook : webhooks()) {
      byTarget.put((String) webhook.get("target"), webhook);
    }
    List<String> lost = new ArrayList<>();
    List<TrackedWebhook> existing = new ArrayList<>();
    for (Owned owner : owners) {
      for (TrackedWebhook webhook : owner.webhooks) {
        Map<?, ?> found = byTarget.get(target(webhook.path));
        if (webhook.deleted) {
          if (found != null) {
            lost.add(webhook.path + ": deleted, but still there");
          }
        } else if (found == null) {
          if (webhook.created && !webhook.deleteInFlight) {
            lost.add(webhook.path + ": created, but gone");
          }
          webhook.deleted = webhook.created; // its delete reached the disk, or its create did not
          webhook.created = false;
        } else {
          if (webhook.created && !webhook.key.equals(found.get("key"))) {
            lost.add(webhook.path + ": key " + found.get("key") + ", created as " + webhook.key);
          }
          webhook.key = (String) found.get("key");
          webhook.created = true;
          existing.add(webhook);
        }
        webhook.deleteInFlight = false;
      }
    }
    assertThat(lost).as("acknowledged webhook writes lost").isEmpty();

    String probe = "probe_" + round;
    assertThat(
            send(
                    "POST",
                    "/customer-properties",
                    Map.of("api_name", probe, "label", "Probe " + round, "type", "input"))
                .statusCode())
        .isEqualTo(200);
    Map<String, WebhookReceiver.Request> probes = new HashMap<>();
    Set<String> paths = new HashSet<>();
    existing.forEach(webhook -> paths.add(webhook.path));
    long deadline = System.nanoTime() + EVENTS_BOUND.toNanos();
    while (!probes.keySet().containsAll(paths) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      for (WebhookReceiver.Request request : receiver.requests()) {
        if ("customer_property.created".equals(request.event())
            && probe.equals(request.data().get("api_name"))) {
          probes.putIfAbsent(request.path(), request);
        }
      }
    }
    assertThat(probes.keySet()).as("the webhooks that got the probe").isEqualTo(paths);
    for (TrackedWebhook webhook : existing) {
      WebhookReceiver.Request request = probes.get(webhook.path);
      if (webhook.secret != null && request.signedWith(webhook.secret)) {
        webhook.inFlightSecret = null;
      } else if (webhook.inFlightSecret != null && request.signedWith(webhook.inFlightSecret)) {
        webhook.secret = webhook.inFlightSecret;
        webhook.inFlightSecret = null;
      } else {
        lost.add(webhook.path + ": signed with neither the acknowledged nor the in-flight secret");
      }
    }
    assertThat(lost).as("acknowledged webhook secrets lost").isEmpty();
    return existing.size();
  }

  /**
   * The receiver, up again, gets an event for every customer write that is in the restarted state:
   * every acknowledged one, and the one in flight if it reached the disk.
   *
   * @return how many writes' events were checked (since the first round)
   */
  private int verifyEvents(List<Owned> owners) throws Exception {
    Map<String, Set<Integer>> expected = new LinkedHashMap<>();
    for (Owned owner : owners) {
      for (Tracked customer : owner.customers) {
        Set<Integer> counters = new HashSet<>();
        for (int counter = 0; counter <= customer.acknowledged; counter++) {
          counters.add(counter);
        }
        expected.put(customer.customerKey, counters);
      }
    }
    Map<String, Set<Integer>> missing = new LinkedHashMap<>(expected);
    int total = expected.values().stream().mapToInt(Set::size).sum();
    List<String> forged = new ArrayList<>();
    long deadline = System.nanoTime() + EVENTS_BOUND.toNanos();
    int seen = 0;
    while (!missing.isEmpty()) {
      List<WebhookReceiver.Request> requests = receiver.requests();
      for (WebhookReceiver.Request request : requests.subList(seen, requests.size())) {
        if (!request.path().endsWith("/outbox") || !request.accepted()) {
          continue;
        }
        if (!request.signedWith(OUTBOX_SECRET)) {
          forged.add(request.eventKey());
        }
        Object key = request.data().get("customer_key");
        Set<Integer> waiting = missing.get(key);
        if (waiting != null) {
          Object counter = ((Map<?, ?>) request.data().get("meta")).get("counter");
          waiting.remove(((BigDecimal) counter).intValueExact());
          if (waiting.isEmpty()) {
            missing.remove(key);
          }
        }
      }
      seen = requests.size();
      if (System.nanoTime() > deadline) {
        break;
      }
      Thread.sleep(50);
    }
    assertThat(forged).as("events not signed with the outbox webhook's secret").isEmpty();
    assertThat(missing).as("events of acknowledged writes never delivered").isEmpty();
    return total;
  }

  /** The URL that the receiver records as posted to {@code path}. */
  private String target(String path) {
    String url = receiver.url(); // http://127.0.0.1:PORT/hooks
    return url.substring(0, url.lastIndexOf('/')) + path;
  }

  private int count(String field) throws Exception {
    HttpResponse<byte[]> stats =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(server.rootUrl() + "/__admin/customer-properties/stats"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    return ((BigDecimal) data(stats).get(field)).intValueExact();
  }

  private List<Map<String, Object>> companies() throws Exception {
    HttpResponse<byte[]> response = crm("GET", "?limit=100&properties=seats", null);
    assertThat(response.statusCode()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> results = (List<Map<String, Object>>) json(response).get("results");
    assertThat(results).hasSizeGreaterThan(DEMO_CUSTOMERS);
    return results;
  }

  private List<Map<?, ?>> webhooks() throws Exception {
    List<Map<?, ?>> all = new ArrayList<>();
    String after = null;
    while (true) {
      HttpResponse<byte[]> page =
          send(
              "GET",
              "/webhooks?limit=250" + (after == null ? "" : "&starting_after=" + after),
              null);
      assertThat(page.statusCode()).isEqualTo(200);
      Map<?, ?> data = data(page);
      List<?> items = (List<?>) data.get("items");
      items.forEach(item -> all.add((Map<?, ?>) item));
      if (!(Boolean) data.get("has_more")) {
        return all;
      }
      after = (String) ((Map<?, ?>) items.get(items.size() - 1)).get("key");
    }
  }

  private ServerProcess start() throws Exception {
    Path jar = Path.of(System.getProperty("mock.server.jar", "target/mock-server.jar"));
    return ServerProcess.start(
        jar,
        List.of(
            "--port",
            "0",
            "--data-dir",
            dataDir.toString(),
            "--customers",
            String.valueOf(DEMO_CUSTOMERS),
            "--webhook-attempts",
            "100",
            "--webhook-backoff-ms",
            "100"));
  }

  private HttpResponse<byte[]> send(String method, String path, Object body)
      throws IOException, InterruptedException {
    return request(method, server.rootUrl() + "/api/v2" + path, body, AUTHORIZATION);
  }

  private HttpResponse<byte[]> crm(String method, String path, Object body)
      throws IOException, InterruptedException {
    return request(
        method,
        server.rootUrl() + "/crm/v3/objects/companies" + path,
        body,
        "Bearer crm_demo_token");
  }

  private HttpResponse<byte[]> request(String method, String url, Object body, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", authorization);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofByteArray(JsonValueWriter.write(body)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Map<?, ?> data(HttpResponse<byte[]> response) throws IOException {
    return (Map<?, ?>) json(response).get("data");
  }

  private static Map<?, ?> json(HttpResponse<byte[]> response) throws IOException {
    try {
      return (Map<?, ?>)
          new JsonValueReader(JsonValueReader.DEFAULT_MAX_DEPTH).read(response.body());
    } catch (Exception e) {
      throw new IOException("not JSON: " + new String(response.body(), StandardCharsets.UTF_8), e);
    }
  }
}
