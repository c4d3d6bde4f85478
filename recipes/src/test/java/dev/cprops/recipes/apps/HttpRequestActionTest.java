package dev.cprops.recipes.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.ApiException;
import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.Connector;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpRequestActionTest {
  private final BlockingQueue<String> requests = new ArrayBlockingQueue<>(10);
  private HttpServer server;
  private String base;
  private final Connector http =
      BuiltinApps.create(new PrintWriter(new StringWriter()), Clock.systemUTC()).stream()
          .filter(a -> a.id().equals("http"))
          .findFirst()
          .orElseThrow();
  private final Action request = http.action("request").orElseThrow();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          requests.add(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI()
                  + " auth="
                  + exchange.getRequestHeaders().getFirst("Authorization")
                  + (exchange.getRequestHeaders().containsKey("X-Api-Key")
                      ? " x-api-key=" + exchange.getRequestHeaders().getFirst("X-API-Key")
                      : "")
                  + (exchange.getRequestHeaders().containsKey("Api-token")
                      ? " api-token=" + exchange.getRequestHeaders().getFirst("Api-Token")
                      : "")
                  + " type="
                  + exchange.getRequestHeaders().getFirst("Content-Type")
                  + " body="
                  + body);
          int status =
              exchange.getRequestURI().getPath().equals("/missing")
                  ? 404
                  : exchange.getRequestURI().getPath().equals("/private") ? 401 : 201;
          byte[] answer =
              "{\"id\": 7, \"ok\": true, \"price\": 12.50}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void sendsJson_withQueryAndBearerToken_andParsesTheAnswer() throws Exception {
    var connection = http.connect(Map.of("base_url", base + "/api", "bearer_token", "s3cret"));
    Map<String, Object> output =
        request.execute(
            connection,
            Map.of(
                "method",
                "post",
                "url",
                "customers",
                "query",
                Map.of("q", "a b"),
                "body",
                Map.of("tags", List.of("x"))));
    assertThat(requests.take())
        .isEqualTo(
            "POST /api/customers?q=a+b auth=Bearer s3cret type=application/json body={\"tags\":[\"x\"]}");
    assertThat(output.get("status")).isEqualTo(BigDecimal.valueOf(201));
    assertThat(output.get("body"))
        .isEqualTo(Map.of("id", new BigDecimal("7"), "ok", true, "price", new BigDecimal("12.50")));
    assertThat(output.get("headers").toString()).contains("content-type=application/json");
    assertThat(connection.toString()).doesNotContain("s3cret");
  }

  @Test
  void sendsAnApiKeyInItsHeader_orBasicAuth_secretsNeverInToStringOrErrors() throws Exception {
    var apiKey = http.connect(Map.of("base_url", base, "api_key", "k-secret-1"));
    request.execute(apiKey, Map.of("url", "a"));
    assertThat(requests.take()).isEqualTo("GET /a auth=null x-api-key=k-secret-1 type=null body=");

    var named =
        http.connect(
            Map.of("base_url", base, "api_key", "k-secret-2", "api_key_header", "Api-Token"));
    request.execute(named, Map.of("url", "b"));
    assertThat(requests.take()).isEqualTo("GET /b auth=null api-token=k-secret-2 type=null body=");

    var basic =
        http.connect(Map.of("base_url", base, "username", "ann", "password", "pw-secret-3"));
    request.execute(basic, Map.of("url", "c"));
    String expected =
        java.util.Base64.getEncoder()
            .encodeToString("ann:pw-secret-3".getBytes(StandardCharsets.UTF_8));
    assertThat(requests.take()).isEqualTo("GET /c auth=Basic " + expected + " type=null body=");

    assertThat(apiKey + " " + named + " " + basic)
        .doesNotContain("k-secret-1")
        .doesNotContain("k-secret-2")
        .doesNotContain("pw-secret-3");
    assertThatThrownBy(() -> request.execute(basic, Map.of("url", base + "/private")))
        .hasMessageNotContaining("pw-secret-3")
        .hasMessageNotContaining(expected);
    assertThatThrownBy(
            () ->
                request.execute(basic, Map.of("url", "http://127.0.0.1:1/x", "headers", Map.of())))
        .hasMessageNotContaining("pw-secret-3")
        .hasMessageContaining("connection refused");
  }

  @Test
  void halfOfBasicAuth_orBasicWithABearerToken_isRejectedWhenConnecting() {
    assertThatThrownBy(() -> http.connect(Map.of("username", "ann")))
        .hasMessage("password is required: expected a password to go with username (HTTP basic)");
    assertThatThrownBy(() -> http.connect(Map.of("password", "pw-secret")))
        .hasMessage("username is required: expected a user name to go with password (HTTP basic)");
    assertThatThrownBy(
            () ->
                http.connect(
                    Map.of("bearer_token", "t-secret", "username", "ann", "password", "pw-secret")))
        .hasMessageStartingWith("bearer_token: ")
        .hasMessageNotContaining("t-secret")
        .hasMessageNotContaining("pw-secret");
    assertThatThrownBy(() -> http.connect(Map.of("api_key_header", "Bad Header", "api_key", "k")))
        .hasMessage(
            "api_key_header: 'Bad Header' is not valid; expected a header name such as X-API-Key");
  }

  @Test
  void errorStatuses_failUnlessToldNotTo() {
    var connection = http.connect(Map.of());
    assertThatThrownBy(() -> request.execute(connection, Map.of("url", base + "/missing")))
        .isInstanceOf(ApiException.class)
        .hasMessage(
            "GET " + base + "/missing answered 404: {\"id\": 7, \"ok\": true, \"price\": 12.50}");
    assertThatThrownBy(() -> request.execute(connection, Map.of("url", base + "/private")))
        .isInstanceOf(AuthException.class);
    Map<String, Object> output =
        request.execute(connection, Map.of("url", base + "/missing", "fail_on_error", false));
    assertThat(output.get("status")).isEqualTo(BigDecimal.valueOf(404));
  }
}
