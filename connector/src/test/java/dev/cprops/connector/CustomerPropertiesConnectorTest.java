package dev.cprops.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cprops.connector.client.HttpLogger;
import dev.cprops.connector.internal.context.ConnectionSettings;
import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.PickOption;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerPropertiesConnectorTest {
  private final MockWebServer server = new MockWebServer();
  private final CustomerPropertiesConnector connector =
      new CustomerPropertiesConnector(
          b -> b.sleeper(d -> {}).logger(line -> {}, HttpLogger.Level.NONE), Clock.systemUTC());

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Connection vendor() {
    return connector.connect(
        Map.of(
            "base_url", server.url("/api/v2").toString(),
            "auth_type", "vendor",
            "public_key", "pk_1",
            "secret_key", "sk_SECRET_1"));
  }

  @Test
  void serviceLoader_findsTheConnector() {
    List<Connector> found =
        ServiceLoader.load(Connector.class).stream().map(ServiceLoader.Provider::get).toList();

    assertThat(found).extracting(Connector::id).contains("customer_properties");
  }

  @Test
  void connectionFields_markSecretsAsPasswords() {
    assertThat(connector.connectionFields())
        .extracting(Field::name)
        .containsExactly(
            "base_url",
            "auth_type",
            "public_key",
            "secret_key",
            "partner_api_key",
            "default_phone_region",
            "date_formats",
            "coercion",
            "round_currency");
    assertThat(connector.connectionFields())
        .filteredOn(f -> f.controlType() == ControlType.PASSWORD)
        .extracting(Field::name)
        .containsExactly("secret_key", "partner_api_key");
    assertThat(connector.actions())
        .extracting(a -> a.id())
        .containsExactly(
            "list_properties",
            "create_property",
            "update_property",
            "archive_property",
            "sync_property_schema",
            "get_customer",
            "search_customers",
            "create_customer",
            "update_customer",
            "upsert_customer",
            "archive_customer",
            "batch_upsert_customers",
            "suggest_mapping",
            "custom_api_request");
    assertThat(connector.triggers())
        .extracting(t -> t.id())
        .containsExactly("new_customer", "new_or_updated_customer", "customer_event");
  }

  @Test
  void test_makesOneCheapAuthenticatedCall() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{\"data\":{\"has_more\":false,\"items\":[]},\"status\":200}")
            .build());

    connector.test(vendor());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getRequestLine())
        .isEqualTo("GET /api/v2/customer-properties?limit=1 HTTP/1.1");
    assertThat(request.getHeaders().get("Authorization")).startsWith("Basic ");
  }

  @Test
  void test_withPartnerKey_callsThePartnerRoute() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{\"data\":{\"has_more\":false,\"items\":[]},\"status\":200}")
            .build());
    Connection partner =
        connector.connect(
            Map.of(
                "base_url", server.url("/api/v2").toString(),
                "auth_type", "partner",
                "partner_api_key", "pak_SECRET"));

    connector.test(partner);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).isEqualTo("/api/v2/partner/customer-properties?limit=1");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer pak_SECRET");
  }

  @Test
  void test_explainsA401() {
    server.enqueue(
        new MockResponse.Builder()
            .code(401)
            .body("{\"message\":\"Unauthorized\",\"status\":401}")
            .build());

    AuthException e = catchThrowableOfType(AuthException.class, () -> connector.test(vendor()));

    assertThat(e)
        .hasMessage(
            "Connection failed: the API rejected the public key and secret key (401 Unauthorized)."
                + " Check them in the connection settings.");
    assertThat(e.getMessage()).doesNotContain("sk_SECRET_1");
  }

  @Test
  void test_aBaseUrlWithoutTheApiRoot_getsTheFixSuggested() {
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .body("{\"message\":\"Not found: no route for /customer-properties\",\"status\":404}")
            .build());
    String root = server.url("/").toString().replaceAll("/$", "");
    Connection connection =
        connector.connect(
            Map.of(
                "base_url", root,
                "auth_type", "vendor",
                "public_key", "pk_1",
                "secret_key", "sk_SECRET_1"));

    InputException e = catchThrowableOfType(InputException.class, () -> connector.test(connection));

    assertThat(e.field()).isEqualTo("base_url");
    assertThat(e.getMessage())
        .startsWith(
            "base_url: '"
                + root
                + "' is not valid; expected the API's root, which ends in /api/v2 (did you mean "
                + root
                + "/api/v2?); GET /customer-properties answered ")
        .contains("404")
        .doesNotContain("sk_SECRET_1");
  }

  @Test
  void aBaseUrlSuggestion_cutsATrailingPath_orAddsTheApiRoot() {
    assertThat(CustomerPropertiesConnector.suggestion("http://127.0.0.1:4010"))
        .contains("http://127.0.0.1:4010/api/v2");
    assertThat(CustomerPropertiesConnector.suggestion("https://proxy.example/ps/"))
        .contains("https://proxy.example/ps/api/v2");
    assertThat(CustomerPropertiesConnector.suggestion("http://127.0.0.1:4010/api/v2/customers/"))
        .contains("http://127.0.0.1:4010/api/v2");
    assertThat(CustomerPropertiesConnector.suggestion("http://127.0.0.1:4010/api/v2/")).isEmpty();
    assertThat(CustomerPropertiesConnector.suggestion("https://api.partnerstack.com/api/v2"))
        .isEmpty();
  }

  @Test
  void vendorConnection_withoutSecretKey_isRejectedNamingTheField() {
    Map<String, Object> values = new HashMap<>();
    values.put("auth_type", "vendor");
    values.put("public_key", "pk");

    assertThatThrownBy(() -> connector.connect(values))
        .as("checked when connecting, not at the first call")
        .isInstanceOf(InputException.class)
        .hasMessage("secret_key is required: expected a value for this authentication type");
  }

  @Test
  void settings_areReadFromTheConnection() {
    Connection connection =
        connector.connect(
            Map.of(
                "auth_type", "vendor",
                "public_key", "pk",
                "secret_key", "sk_SECRET_1",
                "default_phone_region", "de",
                "date_formats", "MM/dd/yyyy, dd.MM.yyyy",
                "coercion", "strict"));

    ConnectionSettings settings = connector.context(connection).settings();

    assertThat(settings.baseUrl()).isEqualTo("https://api.partnerstack.com/api/v2");
    assertThat(settings.defaultPhoneRegion()).isEqualTo("DE");
    assertThat(settings.dateFormats()).containsExactly("MM/dd/yyyy", "dd.MM.yyyy");
    assertThat(settings.strictCoercion()).isTrue();
    assertThat(settings.toString()).doesNotContain("sk_SECRET_1");
    assertThat(connection.toString()).doesNotContain("sk_SECRET_1");
    assertThat(connector.context(connection)).isSameAs(connector.context(connection));
  }

  @Test
  void countriesPickList_offersEnglishNamesWithAlpha2Codes() {
    List<PickOption> countries = connector.pickList("countries").orElseThrow().options(null);

    assertThat(countries)
        .contains(new PickOption("United States", "US"), new PickOption("Germany", "DE"));
    assertThat(countries.size()).isGreaterThan(240);
  }
}
