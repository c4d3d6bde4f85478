package dev.cprops.mock.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.junit.MockServerInfo;
import dev.cprops.mock.junit.MockServerTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad requests answer 4xx with a JSON error envelope and change nothing. */
@MockServerTest(customers = 20)
class BadRequestsAcceptanceTest {
  private static final String JSON = "application/json";

  private HttpApi vendor;
  private String snapshot;

  @BeforeEach
  void setUp(MockServerInfo server) {
    vendor = HttpApi.vendor(server);
    snapshot = state();
  }

  static Stream<Arguments> badBodies() {
    String customer = "/customers/acct_00001";
    return Stream.of(
        Arguments.of("PATCH", customer, bytes("{\"meta\": "), JSON, 400, "invalid_json"),
        Arguments.of(
            "PATCH", customer, bytes("{\"name\": \"x\"} trailing"), JSON, 400, "invalid_json"),
        Arguments.of("PATCH", customer, bytes("{'name': 'x'}"), JSON, 400, "invalid_json"),
        Arguments.of(
            "PATCH",
            customer,
            bytes("{\"name\":\"a\",\"name\":\"b\"}"),
            JSON,
            400,
            "duplicate_key"),
        Arguments.of("PATCH", customer, bytes("[1, 2]"), JSON, 400, "invalid_type"),
        Arguments.of("PATCH", customer, bytes("\"name\""), JSON, 400, "invalid_type"),
        Arguments.of("PATCH", customer, bytes("{\"name\": 5}"), JSON, 400, "invalid_type"),
        Arguments.of("PATCH", customer, bytes("{\"meta\": [\"a\"]}"), JSON, 400, "invalid_type"),
        Arguments.of(
            "PATCH",
            customer,
            bytes("{\"meta\": {\"seats\": 1e999999999}}"),
            JSON,
            400,
            "number_out_of_range"),
        Arguments.of(
            "PATCH",
            customer,
            bytes("{\"meta\": {\"seats\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}}"),
            JSON,
            400,
            "too_deep"),
        Arguments.of("PATCH", customer, new byte[0], JSON, 400, "required"),
        Arguments.of(
            "POST", "/customers", bytes("{\"email\": \"a@example.com\"}"), "text/plain", 415, null),
        Arguments.of(
            "POST", "/customers", bytes("{\"email\": \"a@example.com\"}"), null, 415, null),
        // A body over the limit (413) is refused before it is read and the connection closed: a
        // client still sending may see the close before the answer, so BodyLimitsAcceptanceTest
        // checks it over raw sockets instead of here.
        Arguments.of(
            "POST",
            "/customer-properties",
            bytes("{\"label\": \"X\", \"type\": [\"input\"]}"),
            JSON,
            400,
            "invalid_type"),
        Arguments.of(
            "POST",
            "/partnerships",
            bytes("{\"partner_key\": \"p\", \"email\": true}"),
            JSON,
            400,
            "invalid_type"),
        Arguments.of("PUT", "/customers", bytes("{}"), JSON, 405, null),
        Arguments.of("DELETE", "/partnerships", null, null, 405, null),
        Arguments.of("POST", "/customers/acct_00001", bytes("{}"), JSON, 405, null),
        Arguments.of("GET", "/nothing-here", null, null, 404, null),
        Arguments.of("GET", "/customers/acct_00001/extra", null, null, 404, null),
        Arguments.of("GET", "/customers?limit=5&limit=6", null, null, 400, "duplicate_parameter"),
        Arguments.of("GET", "/customers?expand=everything", null, null, 400, "invalid_parameter"));
  }

  @ParameterizedTest(name = "{0} {1} ({3}) -> {4} {5}")
  @MethodSource("badBodies")
  void badRequest_answers4xx_withJsonError_andChangesNothing(
      String method, String path, byte[] body, String contentType, int status, String code) {
    HttpApi.Reply reply = vendor.send(method, path, body, contentType);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(reply.json()).containsEntry("status", Bodies.number(String.valueOf(status)));
    if (code != null) {
      assertThat(reply.errorCode()).isEqualTo(code);
    }
    assertThat(state()).isEqualTo(snapshot);
  }

  @Test
  void wrongMethod_listsTheAllowedOnes() {
    HttpApi.Reply reply = vendor.send("PUT", "/customers/acct_00001", new byte[0], null);

    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.header("Allow")).isEqualTo("GET, HEAD, PATCH, DELETE");
  }

  @Test
  void missingOrWrongCredentials_answer401(MockServerInfo server) {
    for (String authorization :
        List.of(
            "",
            "Basic !!!",
            HttpApi.basic(server.publicKey(), "wrong"),
            HttpApi.basic("wrong", server.secretKey()),
            "Bearer " + server.secretKey())) {
      HttpApi.Reply reply =
          HttpApi.withAuthorization(server, authorization.isEmpty() ? null : authorization)
              .post("/customers", Bodies.customer("x", "partner_jane"));
      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.json())
          .isEqualTo(Bodies.map("message", "Unauthorized", "status", Bodies.number("401")));
    }
    assertThat(state()).isEqualTo(snapshot);
  }

  @Test
  void rejectedWriteWithSomeValidParts_writesNone() {
    HttpApi.Reply reply =
        vendor.patch(
            "/customers/acct_00001",
            Bodies.map("name", "Valid Name", "meta", Bodies.map("no_such_property", 1)));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(state()).isEqualTo(snapshot);
  }

  private String state() {
    return new String(
            vendor.get("/customers?include_archived=true&limit=250&expand=fields").raw(),
            StandardCharsets.UTF_8)
        + new String(
            vendor.get("/customer-properties?include_archived=true&limit=250").raw(),
            StandardCharsets.UTF_8)
        + new String(vendor.get("/partnerships?limit=250").raw(), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
