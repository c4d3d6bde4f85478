package dev.cprops.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.junit.MockServerInfo;
import dev.cprops.mock.junit.MockServerTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bodies and paths no well-behaved client sends, over raw sockets: bytes that are not UTF-8, other
 * charsets, control characters raw and escaped, NULs and 100 000 characters in the path, HEAD. Each
 * refusal is a JSON error naming what was wrong, and changes nothing.
 */
@MockServerTest(customers = 20)
class HostileInputAcceptanceTest {
  private static final String CUSTOMER = "/api/v2/customers/acct_00001";

  private MockServerInfo server;
  private RawHttp http;
  private String vendor;
  private String before;

  @BeforeEach
  void setUp(MockServerInfo server) {
    server.reseed();
    this.server = server;
    this.http = new RawHttp(server.port());
    this.vendor = "Authorization: " + server.vendorAuthorization();
    this.before = StoredState.snapshot(server);
  }

  /** Bytes that are not UTF-8, in a customer's name. */
  static Stream<Arguments> notUtf8() {
    return Stream.of(
        Arguments.of("an invalid byte", bytes(0xff)),
        Arguments.of("a lone continuation byte", bytes(0x80)),
        Arguments.of("an overlong '/'", bytes(0xc0, 0xaf)),
        Arguments.of("an overlong NUL", bytes(0xe0, 0x80, 0x80)),
        Arguments.of("a truncated sequence", bytes(0xe2, 0x82)),
        Arguments.of("a truncated sequence at the end", bytes(0xf0, 0x9f, 0x98)),
        Arguments.of("an encoded surrogate", bytes(0xed, 0xa0, 0x80)),
        Arguments.of("a code point above U+10FFFF", bytes(0xf4, 0x90, 0x80, 0x80)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notUtf8")
  void bodyThatIsNotUtf8_is400_andNothingIsStored(String what, byte[] bad) {
    for (String contentType : List.of("application/json", "application/json; charset=utf-8")) {
      RawHttp.Answer answer = patch(CUSTOMER, contentType, json("{\"name\": \"Zo", bad, "\"}"));

      assertError(answer, 400, "body", "invalid_json");
      assertThat(answer.text()).contains("not valid UTF-8");
    }
    assertThat(StoredState.snapshot(server)).isEqualTo(before);
    assertThat(before).doesNotContain("\uFFFD");
  }

  @Test
  void declaredIso88591_isDecodedAsIso88591() {
    byte[] body = "{\"name\": \"Zoë Café\"}".getBytes(StandardCharsets.ISO_8859_1);

    RawHttp.Answer answer = patch(CUSTOMER, "application/json; charset=ISO-8859-1", body);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(customerName()).isEqualTo("Zoë Café");
  }

  @Test
  void declaredUtf16_isDecodedAsUtf16() {
    byte[] body = "{\"name\": \"Zoë 😀\"}".getBytes(StandardCharsets.UTF_16BE);

    RawHttp.Answer answer = patch(CUSTOMER, "application/json;charset=\"utf-16be\"", body);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(customerName()).isEqualTo("Zoë 😀");
  }

  @Test
  void unknownCharset_is415_andBytesTheCharsetCannotDecode_are400() {
    RawHttp.Answer unknown =
        patch(CUSTOMER, "application/json; charset=x-klingon", "{\"name\":\"X\"}".getBytes());
    assertError(unknown, 415, null, null);
    assertThat(unknown.text()).contains("x-klingon");

    RawHttp.Answer ascii =
        patch(
            CUSTOMER,
            "application/json; charset=us-ascii",
            json("{\"name\":\"", bytes(0xe9), "\"}"));
    assertError(ascii, 400, "body", "invalid_json");

    assertThat(StoredState.snapshot(server)).isEqualTo(before);
  }

  @Test
  void rawControlCharactersInJsonStrings_areMalformedJson() {
    for (int c : new int[] {0x00, 0x01, 0x07, 0x09, 0x0a, 0x0d, 0x1b, 0x1f}) {
      RawHttp.Answer answer =
          patch(CUSTOMER, "application/json", json("{\"name\": \"a", bytes(c), "b\"}"));

      assertError(answer, 400, "body", "invalid_json");
      assertThat(answer.text()).contains(String.format("U+%04X", c));
    }
    assertThat(StoredState.snapshot(server)).isEqualTo(before);
  }

  /** Escaped control characters where a single line of text belongs: field and code named. */
  static Stream<Arguments> escapedControls() {
    String nul = "\\u0000";
    return Stream.of(
        Arguments.of("PATCH", CUSTOMER, "{\"name\": \"a" + nul + "b\"}", "name"),
        Arguments.of("PATCH", CUSTOMER, "{\"name\": \"tab\\there\"}", "name"),
        Arguments.of("PATCH", CUSTOMER, "{\"provider_key\": \"k\\u001b[31m\"}", "provider_key"),
        Arguments.of(
            "PATCH", CUSTOMER, "{\"meta\": {\"industry\": \"two\\nlines\"}}", "meta.industry"),
        Arguments.of("PATCH", CUSTOMER, "{\"meta\": {\"notes\": \"bell\\u0007\"}}", "meta.notes"),
        Arguments.of("PATCH", CUSTOMER, "{\"meta\": {\"region\": \"" + nul + "\"}}", "meta.region"),
        Arguments.of(
            "PATCH",
            CUSTOMER,
            "{\"meta\": {\"phone\": \"+1 415" + nul + "555 0100\"}}",
            "meta.phone"),
        Arguments.of(
            "POST",
            "/api/v2/customers",
            "{\"customer_key\": \"k"
                + nul
                + "\", \"email\": \"k@example.com\","
                + " \"partner_key\": \"partner_jane\"}",
            "customer_key"),
        Arguments.of(
            "POST",
            "/api/v2/customer-properties",
            "{\"label\": \"L\\u0001\", \"type\": \"input\"}",
            "label"),
        Arguments.of(
            "POST",
            "/api/v2/customer-properties",
            "{\"label\": \"Tier\", \"type\": \"dropdown\", \"options\": [{\"label\": \"G"
                + nul
                + "ld\", \"value\": \"gold\"}]}",
            "options[0].label"),
        Arguments.of(
            "POST",
            "/api/v2/webhooks",
            "{\"target\": \"https://hooks.example.com/x\", \"events\": [\"customer.created\"],"
                + " \"secret\": \"s3cret"
                + nul
                + "\"}",
            "secret"),
        Arguments.of(
            "POST",
            "/api/v2/partnerships",
            "{\"partner_key\": \"p_x\", \"email\": \"p@example.com\", \"name\": \"P" + nul + "\"}",
            "name"));
  }

  @ParameterizedTest(name = "{0} {1} {3}")
  @MethodSource("escapedControls")
  void escapedControlCharacter_is400_namingTheField(
      String method, String path, String body, String field) {
    RawHttp.Answer answer =
        http.send(
            method
                + " "
                + path
                + " HTTP/1.1\n"
                + vendor
                + "\nContent-Type: application/json\n"
                + "Content-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length,
            body.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.text()).as(answer.toString()).contains("\"field\":\"" + field + "\"");
    assertThat(StoredState.snapshot(server)).isEqualTo(before);
  }

  @Test
  void tabsAndLineBreaks_stayInTextareaValues() {
    String body = "{\"meta\": {\"notes\": \"line one\\n\\tline two\\r\\n\"}}";

    RawHttp.Answer answer =
        patch(CUSTOMER, "application/json", body.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.text()).contains("line one\\n\\tline two\\r\\n");
  }

  @Test
  void aHundredThousandCharacterId_is414InJson() {
    for (String path :
        List.of(
            "/api/v2/customers/" + "a".repeat(100_000),
            "/crm/v3/objects/companies/" + "1".repeat(100_000),
            "/__admin/mappings/" + "a".repeat(100_000),
            "/api/v2/customers/" + "a".repeat(9_000))) {
      RawHttp.Answer answer = http.send("GET " + path + " HTTP/1.1\n" + vendor);

      assertThat(answer.status()).isEqualTo(414);
      assertJson(answer);
    }
    assertThat(StoredState.snapshot(server)).isEqualTo(before);
  }

  @Test
  void nulOrBadEscapeInThePath_isAJsonError_notAnHtmlPage() {
    for (String path :
        List.of(
            "/api/v2/customers/acct%00_00001",
            "/api/v2/customers/acct\0_00001",
            "/__admin/mappings/%00",
            "/api/v2/customers/%zz",
            "/crm/v3/objects/companies/%00")) {
      RawHttp.Answer answer =
          http.send(
              "PATCH "
                  + path
                  + " HTTP/1.1\n"
                  + vendor
                  + "\nContent-Type: application/json\nContent-Length: 2",
              "{}".getBytes());

      assertThat(answer.status()).as(path).isBetween(400, 404);
      assertJson(answer);
    }
    assertThat(StoredState.snapshot(server)).isEqualTo(before);
  }

  @Test
  void headAnswersLikeGet_withoutBody_onEveryArea() {
    String crm = "Authorization: Bearer " + server.server().crmAccessToken();
    for (String[] route :
        new String[][] {
          {"/api/v2/customers?limit=2", vendor},
          {CUSTOMER, vendor},
          {"/api/v2/openapi.yaml", ""},
          {"/crm/v3/objects/companies?limit=2", crm},
          {"/__admin/customer-properties/stats", ""},
          {"/__admin/mappings", ""}
        }) {
      String auth = route[1].isEmpty() ? "" : "\n" + route[1];
      RawHttp.Answer get = http.send("GET " + route[0] + " HTTP/1.1" + auth);
      RawHttp.Answer head = http.send("HEAD " + route[0] + " HTTP/1.1" + auth);

      assertThat(get.status()).as(route[0]).isEqualTo(200);
      assertThat(head.status()).as(route[0]).isEqualTo(200);
      assertThat(head.header("content-type")).as(route[0]).isEqualTo(get.header("content-type"));
      assertThat(head.body()).as(route[0]).isEmpty();
    }
    RawHttp.Answer wrong = http.send("HEAD /api/v2/customers HTTP/1.1");
    assertThat(wrong.status()).isEqualTo(401);
    RawHttp.Answer postOnly = http.send("DELETE /api/v2/customers HTTP/1.1\n" + vendor);
    assertThat(postOnly.header("allow")).isEqualTo("GET, HEAD, POST");
  }

  private RawHttp.Answer patch(String path, String contentType, byte[] body) {
    return http.send(
        "PATCH "
            + path
            + " HTTP/1.1\n"
            + vendor
            + "\nContent-Type: "
            + contentType
            + "\nContent-Length: "
            + body.length,
        body);
  }

  private String customerName() {
    RawHttp.Answer answer = http.send("GET " + CUSTOMER + " HTTP/1.1\n" + vendor);
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) Json.parse(answer.body()).get("data");
    return (String) data.get("name");
  }

  static void assertError(RawHttp.Answer answer, int status, String field, String code) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertJson(answer);
    if (field != null) {
      assertThat(answer.text())
          .contains("\"field\":\"" + field + "\"", "\"code\":\"" + code + "\"");
    }
  }

  static void assertJson(RawHttp.Answer answer) {
    assertThat(answer.header("content-type")).as(answer.toString()).startsWith("application/json");
    Map<String, Object> json = Json.parse(answer.body());
    assertThat(json).as(answer.toString()).containsKeys("message", "status");
    assertThat(answer.text()).doesNotContainPattern(RawHttp.JAVA_INTERNALS);
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] json(String before, byte[] middle, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(middle);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
