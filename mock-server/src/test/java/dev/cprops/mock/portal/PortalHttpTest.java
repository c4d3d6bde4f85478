package dev.cprops.mock.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.cprops.mock.MockServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal over plain HTTP (fast, no browser): sessions, write protection, who may open what,
 * escaping, secrets, and that its changes are the API's changes with the API's webhook events.
 */
class PortalHttpTest {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static MockServer server;

  @BeforeAll
  static void start() {
    server =
        MockServer.builder().customers(20).webhookBackoff(Duration.ofMillis(50)).build().start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void theRootSendsAVisitorToSignInWithASessionCookieThatScriptsCannotRead() throws Exception {
    HttpResponse<String> response = new Visitor().get("/");
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).hasValue("/sign-in");
    assertThat(response.headers().firstValue("Set-Cookie").orElseThrow())
        .startsWith(Sessions.COOKIE + "=")
        .contains("HttpOnly", "SameSite=Strict", "Path=/");
    HttpResponse<String> page = new Visitor().get("/customers");
    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location")).hasValue("/sign-in");
  }

  @Test
  void pagesLoadOnlyTheirOwnScriptsAndStylesFromTheWebjar() throws Exception {
    Visitor visitor = new Visitor();
    HttpResponse<String> page = visitor.get("/sign-in");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'", "frame-ancestors 'none'");
    assertThat(page.body()).doesNotContain("http://", "https://");
    HttpResponse<String> htmx = visitor.get("/assets/htmx.min.js");
    assertThat(htmx.statusCode()).isEqualTo(200);
    assertThat(htmx.headers().firstValue("Content-Type"))
        .hasValue("text/javascript; charset=utf-8");
    assertThat(htmx.body()).contains("htmx");
    assertThat(visitor.get("/assets/nothing.js").statusCode()).isEqualTo(404);
  }

  @Test
  void aWriteWithoutTheSessionsTokenOrFromAnotherOriginChangesNothing() throws Exception {
    Visitor vendor = new Visitor().signIn("vendor");
    int before = server.store().counts().properties();
    Map<String, String> form = Map.of("label", "Forged", "type", "input", "access", "editable");
    HttpResponse<String> noToken = vendor.post("/settings/properties", form, null, false);
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(noToken.body()).contains("This form has expired");
    HttpResponse<String> otherOrigin =
        vendor.post("/settings/properties", form, "http://evil.example", true);
    assertThat(otherOrigin.statusCode()).isEqualTo(403);
    HttpResponse<String> otherSite =
        vendor.send(
            vendor
                .postRequest("/settings/properties", form, true)
                .header("Sec-Fetch-Site", "cross-site")
                .build());
    assertThat(otherSite.statusCode()).isEqualTo(403);
    assertThat(server.store().counts().properties()).isEqualTo(before);

    HttpResponse<String> ok = vendor.post("/settings/properties", form, server.rootUrl(), true);
    assertThat(ok.statusCode()).isEqualTo(303);
    assertThat(server.store().counts().properties()).isEqualTo(before + 1);
    server.store().archiveProperty("forged");
  }

  @Test
  void aPartnerGetsA403PageForEveryVendorPageAndCannotWrite() throws Exception {
    Visitor partner = new Visitor().signIn("partner_jane");
    for (String path :
        List.of(
            "/settings/properties",
            "/settings/properties/new",
            "/settings/properties/subscription_plan/edit",
            "/developer/webhooks",
            "/developer/requests",
            "/developer/switches")) {
      HttpResponse<String> page = partner.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(403);
      assertThat(page.body()).as(path).contains("You cannot open this page");
    }
    int before = server.store().counts().customers();
    HttpResponse<String> reset = partner.post("/developer/reset", Map.of(), server.rootUrl(), true);
    assertThat(reset.statusCode()).isEqualTo(403);
    assertThat(server.store().counts().customers()).isEqualTo(before);
  }

  @Test
  void noPageHoldsAKeyOrASecret() throws Exception {
    server
        .webhooks()
        .create(
            Map.of(
                "target",
                "http://127.0.0.1:9/x",
                "events",
                List.of("customer.created"),
                "secret",
                "whsec_do_not_show"));
    List<String> secrets = new ArrayList<>(server.partnerKeys().values());
    secrets.add(server.secretKey());
    secrets.add("whsec_do_not_show");
    Visitor vendor = new Visitor().signIn("vendor");
    String customer =
        server
            .store()
            .searchCustomers(
                null,
                "",
                dev.cprops.mock.store.PageRequest.first(
                    1, dev.cprops.mock.store.SortOrder.CREATED_AT_DESC))
            .items()
            .get(0)
            .key();
    List<String> pages =
        List.of(
            "/customers",
            "/customers/" + customer,
            "/settings/properties",
            "/settings/properties/new",
            "/developer/webhooks",
            "/developer/requests",
            "/developer/switches");
    for (String path : pages) {
      String body = vendor.get(path).body();
      for (String secret : secrets) {
        assertThat(body).as(path).doesNotContain(secret);
      }
    }
    assertThat(new Visitor().get("/sign-in").body())
        .doesNotContain(server.secretKey())
        .doesNotContain(server.partnerKeys().get("partner_jane"));
  }

  @Test
  void userTextIsEscapedEverywhere() throws Exception {
    server
        .store()
        .createProperty(
            Map.of(
                "label",
                "<script>alert(1)</script>",
                "api_name",
                "escaped_label",
                "type",
                "input"));
    try {
      Visitor vendor = new Visitor().signIn("vendor");
      String table = vendor.get("/settings/properties?q=escaped").body();
      assertThat(table)
          .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
          .doesNotContain("<script>alert");
      String search = vendor.get("/customers?q=%3Cimg%20src%3Dx%3E").body();
      assertThat(search).contains("&lt;img src&#61;x&gt;").doesNotContain("<img src=x>");
    } finally {
      server.store().archiveProperty("escaped_label");
    }
  }

  @Test
  void noTemplateWritesUnescapedText() throws IOException {
    for (String name :
        List.of(
            "layout",
            "error",
            "sign-in",
            "properties",
            "property-drawer",
            "property-type-fields",
            "customers",
            "customer",
            "developer-tabs",
            "webhooks",
            "webhook",
            "deliveries",
            "requests",
            "request-rows",
            "switches")) {
      try (InputStream in =
          getClass()
              .getClassLoader()
              .getResourceAsStream("portal/templates/" + name + ".mustache")) {
        assertThat(in).as(name).isNotNull();
        String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(template).as(name).doesNotContain("{{{").doesNotContain("{{&");
      }
    }
  }

  @Test
  void aChangeInThePortalEmitsTheApisWebhookEvent() throws Exception {
    List<String> bodies = new CopyOnWriteArrayList<>();
    HttpServer receiver =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/",
        exchange -> {
          bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    try {
      Visitor vendor = new Visitor().signIn("vendor");
      Map<String, String> webhook = new LinkedHashMap<>();
      webhook.put("target", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/in");
      webhook.put("events", "customer_property.created");
      assertThat(vendor.post("/developer/webhooks", webhook, server.rootUrl(), true).statusCode())
          .isEqualTo(303);
      Map<String, String> form = new LinkedHashMap<>();
      form.put("label", "Webhook Check");
      form.put("type", "currency");
      form.put("currency", "GBP");
      form.put("access", "read_only");
      assertThat(vendor.post("/settings/properties", form, server.rootUrl(), true).statusCode())
          .isEqualTo(303);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (bodies.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(bodies).hasSize(1);
      assertThat(bodies.get(0))
          .contains("\"event\":\"customer_property.created\"")
          .contains("\"api_name\":\"webhook_check\"")
          .contains("\"currency\":\"GBP\"");
    } finally {
      receiver.stop(0);
      server.store().archiveProperty("webhook_check");
    }
  }

  @Test
  void theSwitchesSetChaosAndTheRateLimitAndRejectBadNumbersBesideTheirField() throws Exception {
    Visitor vendor = new Visitor().signIn("vendor");
    int limit = server.rateLimiter().limit();
    try {
      HttpResponse<String> bad =
          vendor.post("/developer/chaos", Map.of("rate", "2", "seed", "7"), server.rootUrl(), true);
      assertThat(bad.statusCode()).isEqualTo(200);
      assertThat(bad.body()).contains("id=\"chaos-rate-error\"").contains("at most 1");
      assertThat(server.chaos().settings().enabled()).isFalse();
      vendor.post("/developer/chaos", Map.of("rate", "0.25", "seed", "7"), server.rootUrl(), true);
      assertThat(server.chaos().settings().rate()).isEqualTo(0.25);
      assertThat(server.chaos().settings().seed()).isEqualTo(7);
      vendor.post("/developer/chaos", Map.of("off", "1"), server.rootUrl(), true);
      assertThat(server.chaos().settings().enabled()).isFalse();

      HttpResponse<String> badLimit =
          vendor.post("/developer/rate-limit", Map.of("limit", "-3"), server.rootUrl(), true);
      assertThat(badLimit.body()).contains("id=\"rate-limit-error\"");
      vendor.post("/developer/rate-limit", Map.of("limit", "1234"), server.rootUrl(), true);
      assertThat(server.rateLimiter().limit()).isEqualTo(1234);
    } finally {
      server.chaos().turnOff();
      server.rateLimiter().setLimit(limit);
    }
  }

  @Test
  void resetEmptiesTheStoreAndReseedBringsTheDemoDataBack() throws Exception {
    try (MockServer own = MockServer.builder().customers(5).build().start()) {
      MockServer shared = server;
      server = own;
      try {
        Visitor vendor = new Visitor().signIn("vendor");
        vendor.post("/developer/reset", Map.of(), own.rootUrl(), true);
        assertThat(own.store().counts().customers()).isZero();
        assertThat(vendor.get("/customers").body()).contains("No customers");
        vendor.post("/developer/reseed", Map.of(), own.rootUrl(), true);
        assertThat(own.store().counts().customers()).isEqualTo(5);
      } finally {
        server = shared;
      }
    }
  }

  @Test
  void theRequestLogShowsApiCallsButNotThePortalsOwnPages() throws Exception {
    Visitor vendor = new Visitor().signIn("vendor");
    vendor.get("/settings/properties");
    HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/customer-properties?limit=1"))
                .header(
                    "Authorization",
                    "Basic "
                        + java.util.Base64.getEncoder()
                            .encodeToString(
                                (server.publicKey() + ":" + server.secretKey())
                                    .getBytes(StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    // The log records a call once its answer is sent (WireMock's afterComplete), so the client
    // can hold the answer a moment before the row exists: read the rows until it shows, 5 s at
    // the most.
    String row = "<code>/api/v2/customer-properties?limit&#61;1</code>";
    String rows = vendor.get("/developer/requests/rows").body();
    for (long end = System.nanoTime() + 5_000_000_000L;
        !rows.contains(row) && System.nanoTime() < end; ) {
      Thread.sleep(20);
      rows = vendor.get("/developer/requests/rows").body();
    }
    assertThat(rows).contains(row);
    assertThat(rows).doesNotContain("<code>/settings/properties</code>", "<code>/sign-in</code>");
    assertThat(rows).doesNotContain(server.secretKey());
  }

  @Test
  void developerEvents_streamAChangeToAVendor_andRefuseOthers() throws Exception {
    assertThat(new Visitor().get("/developer/events").statusCode()).isEqualTo(403);
    assertThat(new Visitor().signIn("partner_jane").get("/developer/events").statusCode())
        .isEqualTo(403);

    Visitor vendor = new Visitor().signIn("vendor");
    HttpResponse<java.io.InputStream> stream =
        vendor.http.send(
            HttpRequest.newBuilder(URI.create(server.rootUrl() + "/developer/events")).build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(stream.statusCode()).isEqualTo(200);
    assertThat(stream.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/event-stream");
    try (java.io.BufferedReader lines =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
      assertThat(lines.readLine()).isEqualTo(": open");
      assertThat(lines.readLine()).as("what changed before the stream opened").isEmpty();
      assertThat(lines.readLine()).isEqualTo("event: deliveries");
      lines.readLine();
      lines.readLine();
      assertThat(lines.readLine()).isEqualTo("event: requests");
      lines.readLine();
      lines.readLine();
      // A request the log records: the stream says the request log changed, no reload needed.
      vendor.get("/api/v2/customers?limit=1");
      java.util.concurrent.CompletableFuture<String> event =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> {
                try {
                  // Other tests' webhook deliveries may still be settling: wait for this one.
                  for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.equals("event: requests")) {
                      return line;
                    }
                  }
                  return "the stream ended";
                } catch (IOException e) {
                  return e.toString();
                }
              });
      assertThat(event.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("event: requests");
    }
  }

  /** A browser without a browser: a cookie jar and the session's token. */
  private static final class Visitor {
    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private String csrf;

    Visitor signIn(String demoAccount) throws Exception {
      HttpResponse<String> page = get("/sign-in");
      assertThat(page.statusCode()).isEqualTo(200);
      HttpResponse<String> signedIn =
          post("/sign-in", Map.of("as", "demo", "demo", demoAccount), server.rootUrl(), true);
      assertThat(signedIn.statusCode()).isEqualTo(303);
      // A new session at sign-in: take its token from a page.
      get("/customers");
      return this;
    }

    HttpResponse<String> get(String path) throws Exception {
      HttpResponse<String> response =
          send(HttpRequest.newBuilder(URI.create(server.rootUrl() + path)).GET().build());
      Matcher token = CSRF.matcher(response.body());
      if (token.find()) {
        csrf = token.group(1);
      }
      return response;
    }

    HttpResponse<String> post(String path, Map<String, String> form, String origin, boolean token)
        throws Exception {
      HttpRequest.Builder request = postRequest(path, form, token);
      if (origin != null) {
        request.header("Origin", origin);
      }
      return send(request.build());
    }

    HttpRequest.Builder postRequest(String path, Map<String, String> form, boolean token) {
      Map<String, String> fields = new LinkedHashMap<>(form);
      if (token) {
        fields.put("_csrf", csrf);
      }
      String body =
          fields.entrySet().stream()
              .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
              .collect(Collectors.joining("&"));
      return HttpRequest.newBuilder(URI.create(server.rootUrl() + path))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
      return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
  }
}
