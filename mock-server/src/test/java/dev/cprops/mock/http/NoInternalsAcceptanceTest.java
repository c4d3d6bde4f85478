package dev.cprops.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.junit.MockServerInfo;
import dev.cprops.mock.junit.MockServerTest;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests that once drew an HTML 500 naming a Java class, or a Jackson message quoting one: every
 * answer is JSON without a stack trace or a Java class name, never a 5xx (chaos is off), and
 * changes nothing.
 */
@MockServerTest(customers = 10)
class NoInternalsAcceptanceTest {
  private MockServerInfo server;
  private RawHttp http;
  private String before;

  @BeforeEach
  void setUp(MockServerInfo server) {
    this.server = server;
    this.http = new RawHttp(server.port());
    this.before = StoredState.snapshot(server);
  }

  static Stream<Arguments> requests() {
    return Stream.of(
        // WireMock's journal routes with the journal off (the default): the listing refuses,
        // the others answer as WireMock does
        Arguments.of("GET", "/__admin/requests", null, 409),
        Arguments.of("GET", "/__admin/requests/unmatched", null, 200),
        Arguments.of("POST", "/__admin/requests/count", "{\"method\": \"GET\"}", 200),
        Arguments.of("POST", "/__admin/requests/find", "{}", 200),
        Arguments.of("DELETE", "/__admin/requests", null, 200),
        // WireMock's admin with bodies Jackson cannot bind
        Arguments.of("POST", "/__admin/mappings", "{\"request\": 5}", 422),
        Arguments.of("POST", "/__admin/mappings", "{x", 422),
        Arguments.of("POST", "/__admin/settings", "[1]", 422),
        Arguments.of("POST", "/__admin/recordings/snapshot", "{\"a\": 1}", 422),
        Arguments.of("GET", "/__admin/mappings/not-a-uuid", null, 400),
        Arguments.of("GET", "/__admin/no-such-route", null, 404),
        Arguments.of("PUT", "/__admin/customer-properties/stats", "{}", 404),
        // The API, the CRM and the admin extensions with malformed JSON
        Arguments.of("PATCH", "/api/v2/customers/acct_00001", "{x", 400),
        Arguments.of("PATCH", "/api/v2/customers/acct_00001", "{\"name\": tru}", 400),
        Arguments.of("POST", "/crm/v3/objects/companies/search", "{x", 400),
        Arguments.of("POST", "/__admin/customer-properties/chaos", "{x", 400),
        Arguments.of("POST", "/__admin/customer-properties/seed", "[]", 400));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("requests")
  void answer_isJson_withoutJavaInternals_andNever5xx(
      String method, String path, String body, int status) {
    String auth =
        path.startsWith("/crm/")
            ? "\nAuthorization: Bearer " + server.server().crmAccessToken()
            : "\nAuthorization: " + server.vendorAuthorization();
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    RawHttp.Answer answer =
        http.send(
            method
                + " "
                + path
                + " HTTP/1.1"
                + auth
                + "\nContent-Type: application/json\nContent-Length: "
                + bytes.length,
            bytes);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.header("content-type")).as(answer.toString()).startsWith("application/json");
    Json.parse(answer.body());
    assertThat(answer.text())
        .as(answer.toString())
        .doesNotContainPattern(RawHttp.JAVA_INTERNALS)
        .doesNotContain("setLenient", "<html", "com.github", "java.");
    assertThat(StoredState.snapshot(server)).isEqualTo(before);
  }
}
