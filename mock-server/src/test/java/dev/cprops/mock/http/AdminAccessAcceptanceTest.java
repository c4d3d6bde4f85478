package dev.cprops.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.MockServer;
import dev.cprops.mock.junit.MockServerInfo;
import dev.cprops.mock.junit.MockServerTest;
import dev.cprops.mock.seed.Seed;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The admin routes as a web page on another origin (or a DNS name rebound to 127.0.0.1) would try
 * them: no CORS grant, no "simple" cross-site POST, no foreign Host; with an admin token, nothing
 * without it. Each refusal changes nothing. WireMock's own clients (JSON POSTs, bare DELETEs) keep
 * working.
 */
@MockServerTest(customers = 10)
class AdminAccessAcceptanceTest {
  private MockServerInfo server;
  private RawHttp http;
  private String before;

  @BeforeEach
  void setUp(MockServerInfo server) {
    server.reseed();
    this.server = server;
    this.http = new RawHttp(server.port());
    this.before = StoredState.snapshot(server);
  }

  @Test
  void preflightFromAForeignOrigin_isRefused_withoutAnyCorsGrant() {
    RawHttp.Answer answer =
        http.send(
            "OPTIONS /__admin/customer-properties/reset HTTP/1.1\n"
                + "Origin: https://evil.example\n"
                + "Access-Control-Request-Method: POST\n"
                + "Access-Control-Request-Headers: content-type");

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.headers())
        .doesNotContainKeys("access-control-allow-origin", "access-control-allow-credentials");
    HostileInputAcceptanceTest.assertJson(answer);
  }

  @Test
  void crossOriginSimplePosts_resetNothing() {
    for (String request :
        List.of(
            // What fetch(..., {method: "POST", mode: "no-cors", body: "x"}) sends
            "POST /__admin/customer-properties/reset HTTP/1.1\nOrigin: https://evil.example\n"
                + "Content-Type: text/plain;charset=UTF-8\nContent-Length: 1",
            // A form post
            "POST /__admin/reset HTTP/1.1\nOrigin: null\n"
                + "Content-Type: application/x-www-form-urlencoded\nContent-Length: 1",
            // Even claiming JSON from another origin
            "POST /__admin/customer-properties/seed HTTP/1.1\nOrigin: http://localhost.evil.example\n"
                + "Content-Type: application/json\nContent-Length: 1",
            // No Origin at all (an old browser, a plugin): not JSON, no custom header
            "POST /__admin/customer-properties/reset HTTP/1.1\nContent-Type: text/plain\n"
                + "Content-Length: 1",
            "POST /__admin/shutdown HTTP/1.1\nContent-Length: 1")) {
      RawHttp.Answer answer = http.send(request, "x".getBytes());

      assertThat(answer.status()).as(request).isIn(403, 415);
      assertThat(answer.headers()).doesNotContainKey("access-control-allow-origin");
      HostileInputAcceptanceTest.assertJson(answer);
    }
    assertThat(StoredState.snapshot(server)).isEqualTo(before);
  }

  @Test
  void aForeignHostName_isRefused_soDnsRebindingGetsNowhere() {
    for (String host :
        List.of("evil.example", "evil.example:" + server.port(), "127.0.0.1.nip.io")) {
      RawHttp.Answer answer =
          http.send(
              "POST /__admin/customer-properties/reset HTTP/1.1\nHost: "
                  + host
                  + "\nContent-Type: application/json\nContent-Length: 2",
              "{}".getBytes());

      assertThat(answer.status()).as(host).isEqualTo(403);
      assertThat(answer.text()).contains("Host");
    }
    RawHttp.Answer read = http.send("GET /__admin/mappings HTTP/1.1\nHost: evil.example");
    assertThat(read.status()).isEqualTo(403);
    assertThat(StoredState.snapshot(server)).isEqualTo(before);
  }

  @Test
  void localHostsAndSameOriginPages_andWireMockStyleClients_keepWorking() {
    for (String host :
        List.of(
            "127.0.0.1:" + server.port(), "localhost:" + server.port(), "[::1]:" + server.port())) {
      RawHttp.Answer answer =
          http.send("GET /__admin/customer-properties/stats HTTP/1.1\nHost: " + host);
      assertThat(answer.status()).as(host).isEqualTo(200);
    }
    String origin = "http://127.0.0.1:" + server.port();
    RawHttp.Answer sameOrigin =
        http.send(
            "POST /__admin/customer-properties/seed HTTP/1.1\nOrigin: "
                + origin
                + "\nContent-Type: application/json\nContent-Length: 32",
            "{\"seed\":\"demo\",\"customers\":3}   ".getBytes());
    assertThat(sameOrigin.status()).as(sameOrigin.toString()).isEqualTo(200);
    assertThat(sameOrigin.header("access-control-allow-origin")).isIn(null, origin);

    RawHttp.Answer customHeader =
        http.send("POST /__admin/customer-properties/reset HTTP/1.1\nX-Requested-By: cli");
    assertThat(customHeader.status()).isEqualTo(200);
    RawHttp.Answer bareDelete = http.send("DELETE /__admin/customer-properties/chaos HTTP/1.1");
    assertThat(bareDelete.status()).isEqualTo(200);
  }

  @Test
  void theServerListensOnLoopback_unlessToldOtherwise() {
    assertThat(MockServer.builder().build().host()).isEqualTo("127.0.0.1");
    assertThat(server.rootUrl()).startsWith("http://127.0.0.1:");
  }

  /** A server started with an admin token. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class WithAnAdminToken {
    private MockServer tokenServer;
    private RawHttp tokenHttp;

    @BeforeAll
    void start() {
      tokenServer =
          MockServer.builder().seed(Seed.DEMO).customers(5).adminToken("t0ken-42").build().start();
      tokenHttp = new RawHttp(tokenServer.port());
    }

    @AfterAll
    void stop() {
      tokenServer.stop();
    }

    @Test
    void adminRequestsWithoutTheToken_are401_andChangeNothing() {
      String state = StoredState.snapshot(tokenServer);
      for (String authorization :
          List.of("", "\nAuthorization: Bearer wrong", "\nAuthorization: Basic dDBrZW4tNDI6")) {
        RawHttp.Answer answer =
            tokenHttp.send(
                "POST /__admin/customer-properties/reset HTTP/1.1\nContent-Type: application/json"
                    + authorization);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("www-authenticate")).startsWith("Bearer");
        HostileInputAcceptanceTest.assertJson(answer);
      }
      assertThat(tokenHttp.send("GET /__admin/mappings HTTP/1.1").status()).isEqualTo(401);
      assertThat(StoredState.snapshot(tokenServer)).isEqualTo(state);
    }

    @Test
    void theToken_asBearerOrAsWireMockSendsIt_opensTheRoutes_evenThroughADnsName() {
      assertThat(
              tokenHttp
                  .send(
                      "GET /__admin/customer-properties/stats HTTP/1.1\nAuthorization: Bearer t0ken-42")
                  .status())
          .isEqualTo(200);
      assertThat(
              tokenHttp
                  .send(
                      "GET /__admin/mappings HTTP/1.1\nHost: mock.internal:4010\n"
                          + "Authorization: Token t0ken-42")
                  .status())
          .isEqualTo(200);
    }

    @Test
    void theApiKeepsItsOwnCredentials() {
      RawHttp.Answer answer =
          tokenHttp.send("GET /api/v2/customers?limit=1 HTTP/1.1\nAuthorization: Bearer t0ken-42");
      assertThat(answer.status()).isEqualTo(401);
    }
  }
}
