package dev.cprops.mock.api;

import static dev.cprops.mock.api.Bodies.map;
import static dev.cprops.mock.api.Bodies.number;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.junit.MockServerInfo;
import dev.cprops.mock.junit.MockServerTest;
import dev.cprops.mock.seed.Seed;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each type's accepted and rejected values, written through the API and read back. */
@MockServerTest(seed = Seed.EMPTY)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PropertyValuesAcceptanceTest {
  private HttpApi vendor;
  private String customer;

  @BeforeAll
  void setUp(MockServerInfo server) {
    vendor = HttpApi.vendor(server);
    Fixtures.partner(vendor, "partner_values");
    Fixtures.createAllTypes(vendor);
    customer =
        (String)
            Fixtures.customer(vendor, Bodies.customer("acct_values", "partner_values")).get("key");
  }

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("input", "Software", "Software"),
        Arguments.of("input", "x".repeat(255), "x".repeat(255)),
        Arguments.of("textarea", "line one\nline two", "line one\nline two"),
        Arguments.of("email", "  Ana@Example.COM ", "Ana@example.com"),
        Arguments.of("dropdown", "pro", "pro"),
        Arguments.of("dropdown", "enterprise", "ent"),
        Arguments.of("dropdown", "ENTERPRISE", "ent"),
        Arguments.of("checkbox", true, true),
        Arguments.of("checkbox", "false", false),
        Arguments.of("country", "us", "United States"),
        Arguments.of("country", "DE", "Germany"),
        Arguments.of("country", "united kingdom", "United Kingdom"),
        Arguments.of("region", "California", "California"),
        Arguments.of("date", "2024-03-15", "2024-03-15"),
        Arguments.of("currency", number("1200"), "1200.00"),
        Arguments.of("currency", "99.5", "99.50"),
        Arguments.of("currency", number("-0.01"), "-0.01"),
        Arguments.of("number", number("42"), number("42")),
        Arguments.of("number", "3.14", number("3.14")),
        Arguments.of(
            "number",
            number("12345678901234567890.123456789"),
            number("12345678901234567890.123456789")),
        Arguments.of("url", "https://example.com/pricing?x=1", "https://example.com/pricing?x=1"),
        Arguments.of("phone", "+14155550100", "+14155550100"),
        Arguments.of("phone", "+44 20 7946 0958", "+442079460958"));
  }

  @ParameterizedTest(name = "{0}: {1} is stored as {2}")
  @MethodSource("accepted")
  void acceptedValue_isStoredCanonically(String type, Object raw, Object expected) {
    HttpApi.Reply reply =
        vendor.patch("/customers/" + customer, map("meta", map("p_" + type, raw)));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    Object stored = meta(vendor.get("/customers/" + customer)).get("p_" + type);
    if (expected instanceof BigDecimal decimal) {
      assertThat((BigDecimal) stored).isEqualByComparingTo(decimal);
    } else {
      assertThat(stored).isEqualTo(expected);
    }
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of("input", "x".repeat(256), "too_long"),
        Arguments.of("input", number("5"), "invalid_type"),
        Arguments.of("textarea", "x".repeat(10_001), "too_long"),
        Arguments.of("email", "not-an-email", "invalid_email"),
        Arguments.of("dropdown", "gold", "invalid_option"),
        Arguments.of("checkbox", "yes", "invalid_boolean"),
        Arguments.of("country", "Narnia", "invalid_country"),
        Arguments.of("country", "USA", "invalid_country"),
        Arguments.of("region", map("state", "CA"), "invalid_type"),
        Arguments.of("date", "03/15/2024", "invalid_date"),
        Arguments.of("date", "2024-02-30", "invalid_date"),
        Arguments.of("currency", number("1.234"), "invalid_currency"),
        Arguments.of("currency", "$1,200", "invalid_currency"),
        Arguments.of("number", "abc", "invalid_number"),
        Arguments.of("url", "example.com", "invalid_url"),
        Arguments.of("url", "ftp://example.com/file", "invalid_url"),
        Arguments.of("phone", "(415) 555-0100", "invalid_phone"),
        Arguments.of("phone", "+1 555", "invalid_phone"));
  }

  @ParameterizedTest(name = "{0}: {1} is rejected with {2}")
  @MethodSource("rejected")
  void rejectedValue_answers400_andKeepsTheOldValue(String type, Object raw, String code) {
    Map<String, Object> before = vendor.get("/customers/" + customer).data();

    HttpApi.Reply reply =
        vendor.patch("/customers/" + customer, map("meta", map("p_" + type, raw)));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.errorField()).isEqualTo("meta.p_" + type);
    assertThat(reply.errorCode()).isEqualTo(code);
    assertThat((String) reply.errors().get(0).get("message")).contains("meta.p_" + type);
    assertThat(vendor.get("/customers/" + customer).data()).isEqualTo(before);
  }

  @Test
  void nullClearsAValue() {
    vendor.patch("/customers/" + customer, map("meta", map("p_region", "Ontario")));

    HttpApi.Reply reply =
        vendor.patch("/customers/" + customer, map("meta", map("p_region", null)));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(meta(reply)).doesNotContainKey("p_region");
  }

  @Test
  void numbers_areWrittenPlain_neverInExponentForm() {
    vendor.patch("/customers/" + customer, map("meta", map("p_number", number("1E+3"))));

    String body = new String(vendor.get("/customers/" + customer).raw());

    assertThat(body).contains("\"p_number\":1000").doesNotContain("1E+3");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> meta(HttpApi.Reply reply) {
    return (Map<String, Object>) reply.data().get("meta");
  }
}
