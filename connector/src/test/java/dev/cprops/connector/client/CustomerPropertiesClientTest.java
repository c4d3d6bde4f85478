package dev.cprops.connector.client;

import static dev.cprops.connector.client.MockApi.customer;
import static dev.cprops.connector.client.MockApi.json;
import static dev.cprops.connector.client.MockApi.ok;
import static dev.cprops.connector.client.MockApi.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cprops.connector.client.MockApi.RecordingSleeper;
import dev.cprops.connector.spi.ApiException;
import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.FieldError;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerPropertiesClientTest {
  private final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private CustomerPropertiesClient client;

  @BeforeEach
  void start() throws IOException {
    server.start();
    client = CustomerPropertiesClient.create(MockApi.config(server, sleeper).build());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void vendorClient_sendsBasicAuthWithPublicAndSecretKey() throws Exception {
    server.enqueue(ok(customer("cus_1", "acct_42")));

    client.getCustomer("acct_42");

    RecordedRequest request = server.takeRequest();
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (MockApi.PUBLIC_KEY + ":" + MockApi.SECRET_KEY).getBytes(StandardCharsets.UTF_8));
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/v2/customers/acct_42");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Basic " + basic);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getBodySize()).isZero();
  }

  @Test
  void partnerClient_sendsBearerPartnerKey_onPartnerRoutes() throws Exception {
    CustomerPropertiesClient partner =
        CustomerPropertiesClient.create(
            MockApi.config(server, sleeper)
                .credentials(Credentials.partner(MockApi.PARTNER_KEY))
                .build());
    server.enqueue(ok(customer("cus_1", "acct 42/x")));

    partner.updatePartnerCustomer("acct 42/x", mapOf("subscription_plan", "pro"));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getTarget()).isEqualTo("/api/v2/partner/customers/acct%2042%2Fx");
    assertThat(request.getHeaders().get("Authorization"))
        .isEqualTo("Bearer " + MockApi.PARTNER_KEY);
    assertThat(request.getHeaders().get("Content-Type"))
        .isEqualTo("application/json; charset=utf-8");
    assertThat(request.getBody().utf8()).isEqualTo("{\"meta\":{\"subscription_plan\":\"pro\"}}");
    assertThat(partner.isPartner()).isTrue();
  }

  @Test
  void createCustomer_postsTheCustomer_andReadsTheAnswer() throws Exception {
    server.enqueue(ok(customer("cus_1", "acct_42")));

    Customer created =
        client.createCustomer(
            new NewCustomer(
                "ana@example.com",
                "partner_jane",
                "acct_42",
                "Acme Ltd",
                mapOf("mrr", new BigDecimal("1200.50"), "active", true)));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/api/v2/customers");
    assertThat(request.getBody().utf8())
        .isEqualTo(
            "{\"email\":\"ana@example.com\",\"partner_key\":\"partner_jane\",\"customer_key\":\"acct_42\","
                + "\"name\":\"Acme Ltd\",\"meta\":{\"mrr\":1200.50,\"active\":true}}");
    assertThat(created)
        .isEqualTo(
            new Customer(
                "cus_1",
                "acct_42",
                "ana@example.com",
                "Acme Ltd",
                "partner_jane",
                "part_1",
                null,
                false,
                false,
                1732400000000L,
                1732400000001L,
                mapOf("subscription_plan", "pro", "mrr", "1200.00", "active", true),
                List.of()));
  }

  @Test
  void updateCustomer_clearsValue_whenNullMapped() throws Exception {
    server.enqueue(ok(customer("cus_1", "acct_42")));

    client.updateCustomer(
        "acct_42",
        new CustomerUpdate(null, "Acme", mapOf("mrr", null, "subscription_plan", "pro")));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getTarget()).isEqualTo("/api/v2/customers/acct_42");
    assertThat(request.getBody().utf8())
        .isEqualTo("{\"name\":\"Acme\",\"meta\":{\"mrr\":null,\"subscription_plan\":\"pro\"}}");
  }

  @Test
  void archiveCustomer_sendsDelete() throws Exception {
    server.enqueue(ok(customer("cus_1", "acct_42")));

    client.archiveCustomer("cus_1");

    RecordedRequest request = server.takeRequest();
    assertThat(request.getRequestLine()).isEqualTo("DELETE /api/v2/customers/cus_1 HTTP/1.1");
  }

  @Test
  void streamCustomers_sendsEveryFilterAndTheOrder() throws Exception {
    server.enqueue(page(false));

    List<Customer> customers =
        client
            .streamCustomers(
                CustomerQuery.builder()
                    .email("Ana@Example.com")
                    .customerKey("acct_42")
                    .partnerKey("partner_jane")
                    .minCreated(1)
                    .maxCreated(2)
                    .minUpdated(3)
                    .maxUpdated(4)
                    .includeArchived(true)
                    .orderBy(CustomerOrder.UPDATED_AT)
                    .expandFields()
                    .pageSize(50)
                    .build())
            .toList();

    assertThat(customers).isEmpty();
    assertThat(server.takeRequest().getTarget())
        .isEqualTo(
            "/api/v2/customers?limit=50&email=Ana%40Example.com&customer_key=acct_42"
                + "&partner_key=partner_jane&min_created=1&max_created=2&min_updated=3&max_updated=4"
                + "&include_archived=true&order_by=updated_at&expand=fields");
  }

  @Test
  void streamCustomers_fetchesEachPageOnlyWhenThePreviousIsUsedUp() throws Exception {
    server.enqueue(page(true, customer("cus_1", "a1"), customer("cus_2", "a2")));
    server.enqueue(page(true, customer("cus_3", "a3"), customer("cus_4", "a4")));
    server.enqueue(page(false, customer("cus_5", "a5")));

    Iterator<Customer> customers =
        client.streamCustomers(CustomerQuery.builder().pageSize(2).build()).iterator();
    assertThat(server.getRequestCount()).isZero();

    assertThat(customers.next().key()).isEqualTo("cus_1");
    assertThat(customers.next().key()).isEqualTo("cus_2");
    assertThat(server.getRequestCount()).isEqualTo(1);

    assertThat(customers.next().key()).isEqualTo("cus_3");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(customers.next().key()).isEqualTo("cus_4");
    assertThat(customers.next().key()).isEqualTo("cus_5");
    assertThat(customers.hasNext()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(3);

    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/customers?limit=2");
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/v2/customers?limit=2&starting_after=cus_2");
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/v2/customers?limit=2&starting_after=cus_4");
  }

  @Test
  void streamPropertyDefinitions_includesArchived_whenAsked() throws Exception {
    server.enqueue(
        page(
            false,
            "{\"key\":\"cprop_1\",\"api_name\":\"subscription_plan\",\"label\":\"Subscription Plan\","
                + "\"type\":\"dropdown\",\"access\":\"editable\",\"options\":[{\"label\":\"Pro\",\"value\":\"pro\"}],"
                + "\"required\":false,\"help_text\":\"\",\"position\":0,\"currency\":null,\"archived\":true,"
                + "\"created_at\":1732400000000,\"updated_at\":1732400000000}"));

    List<PropertyDefinition> definitions = client.listPropertyDefinitions(true);

    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/v2/customer-properties?limit=250&include_archived=true");
    assertThat(definitions)
        .containsExactly(
            new PropertyDefinition(
                "cprop_1",
                "subscription_plan",
                "Subscription Plan",
                PropertyType.DROPDOWN,
                PropertyAccess.EDITABLE,
                List.of(new PropertyOption("Pro", "pro")),
                false,
                "",
                0,
                null,
                true,
                1732400000000L,
                1732400000000L));
  }

  @Test
  void getCustomer_keepsNumbersExact_asBigDecimal() {
    server.enqueue(
        ok(
            "{\"key\":\"cus_1\",\"meta\":{\"big\":12345678901234567890.123456789,\"small\":0.1,"
                + "\"text\":\"1.10\",\"none\":null},"
                + "\"fields\":[{\"api_name\":\"big\",\"label\":\"Big\",\"type\":\"number\","
                + "\"access\":\"editable\",\"value\":1E+3}]}"));

    Customer c = client.getCustomer("cus_1");

    assertThat(c.meta().get("big")).isEqualTo(new BigDecimal("12345678901234567890.123456789"));
    assertThat(c.meta().get("small")).isEqualTo(new BigDecimal("0.1"));
    assertThat(c.meta().get("text")).isEqualTo("1.10");
    assertThat(c.meta()).containsEntry("none", null);
    assertThat(c.fields())
        .containsExactly(
            new CustomerField("big", "Big", "number", "editable", new BigDecimal("1E+3")));
  }

  @Test
  void badRequest_becomesApiException_withTheServersFieldErrors() {
    server.enqueue(
        json(
            400,
            "{\"message\":\"Validation failed\",\"status\":400,\"errors\":["
                + "{\"field\":\"meta.mrr\",\"code\":\"invalid_number\",\"message\":\"must be a number\"},"
                + "{\"field\":\"meta.plan\",\"code\":\"unknown_property\",\"message\":\"no such property\"}]}"));

    ApiException e =
        catchThrowableOfType(
            ApiException.class,
            () -> client.updateCustomer("acct_42", CustomerUpdate.meta(mapOf("mrr", "x"))));

    assertThat(e)
        .hasMessage(
            "PATCH /customers/acct_42: 400 Validation failed [meta.mrr: must be a number (invalid_number);"
                + " meta.plan: no such property (unknown_property)]");
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.fieldErrors())
        .containsExactly(
            new FieldError("meta.mrr", "invalid_number", "must be a number"),
            new FieldError("meta.plan", "unknown_property", "no such property"));
    assertThat(e.hasErrorCode("unknown_property")).isTrue();
  }

  @Test
  void unauthorized_becomesAuthException() {
    server.enqueue(MockApi.error(401, "Unauthorized"));

    AuthException e = catchThrowableOfType(AuthException.class, () -> client.getCustomer("x"));

    assertThat(e).hasMessage("GET /customers/x: 401 Unauthorized: the credentials were rejected");
    assertThat(e.status()).isEqualTo(401);
  }

  @Test
  void errorWithoutJsonBody_usesTheReasonPhrase() {
    server.enqueue(new MockResponse.Builder().code(404).body("<html>nope</html>").build());

    ApiException e = catchThrowableOfType(ApiException.class, () -> client.getCustomer("x"));

    assertThat(e).hasMessage("GET /customers/x: 404 Client Error");
  }

  @Test
  void answerOfTheWrongShape_namesTheJsonPath() {
    server.enqueue(
        page(false, customer("cus_1", "a1"), "{\"key\":\"cus_2\",\"created_at\":\"yesterday\"}"));

    ConnectorException e =
        catchThrowableOfType(
            ConnectorException.class, () -> client.streamCustomers(CustomerQuery.all()).toList());

    assertThat(e)
        .hasMessage(
            "Unexpected response: $.data.items[1].created_at: expected a number but was \"yesterday\"");
  }

  @Test
  void answerThatIsNotJson_isReportedAsSuch() {
    server.enqueue(json(200, "{\"data\": {\"key\": "));

    ConnectorException e =
        catchThrowableOfType(ConnectorException.class, () -> client.getCustomer("x"));

    assertThat(e.getMessage()).startsWith("The response is not valid JSON: ");
    assertThat(e.retryable()).isFalse();
  }

  @Test
  void createCustomer_returnsTheStoredRecord_whenTheLostAnswerIsFollowedBy409AndItMatches()
      throws Exception {
    server.enqueue(MockApi.droppedBeforeAnswer());
    server.enqueue(MockApi.error(409, "customer_key already exists"));
    server.enqueue(ok(customer("cus_1", "acct_42")));

    Customer created =
        client.createCustomer(
            new NewCustomer(
                " ANA@example.com",
                "partner_jane",
                "acct_42",
                "Acme Ltd",
                mapOf("mrr", "1200", "active", "true")));

    assertThat(created.key()).isEqualTo("cus_1");
    assertThat(server.takeRequest().getRequestLine()).isEqualTo("POST /api/v2/customers HTTP/1.1");
    assertThat(server.takeRequest().getRequestLine()).isEqualTo("POST /api/v2/customers HTTP/1.1");
    assertThat(server.takeRequest().getRequestLine())
        .isEqualTo("GET /api/v2/customers/acct_42 HTTP/1.1");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void createCustomer_reportsConflict_whenTheLostAnswerIsFollowedBy409AndTheRecordDiffers() {
    server.enqueue(MockApi.error(503, "Service Unavailable"));
    server.enqueue(MockApi.error(409, "customer_key already exists"));
    server.enqueue(ok(customer("cus_1", "acct_42")));

    ApiException e =
        catchThrowableOfType(
            ApiException.class,
            () ->
                client.createCustomer(
                    new NewCustomer(
                        "bob@example.com",
                        "partner_jane",
                        "acct_42",
                        null,
                        mapOf("mrr", "1300", "subscription_plan", "pro"))));

    assertThat(e.status()).isEqualTo(409);
    assertThat(e)
        .hasMessage(
            "POST /customers: 409 customer_key 'acct_42' already exists; an earlier attempt's answer"
                + " was lost, but the existing record differs from this request:"
                + " $.email: sent \"bob@example.com\" but stored \"ana@example.com\";"
                + " $.meta.mrr: sent \"1300\" but stored \"1200.00\"");
  }

  @Test
  void createCustomer_doesNotReconcile_a409OnTheFirstAttempt() {
    server.enqueue(MockApi.error(409, "customer_key already exists"));

    ApiException e =
        catchThrowableOfType(
            ApiException.class,
            () ->
                client.createCustomer(
                    new NewCustomer("ana@example.com", "partner_jane", "acct_42", null, Map.of())));

    assertThat(e).hasMessage("POST /customers: 409 customer_key already exists");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void createPropertyDefinition_reconcilesByApiName_afterALostAnswer() throws Exception {
    String stored =
        "{\"key\":\"cprop_9\",\"api_name\":\"mrr\",\"label\":\"MRR\",\"type\":\"currency\","
            + "\"access\":\"read_only\",\"options\":[],\"required\":false,\"help_text\":\"\","
            + "\"position\":0,\"currency\":\"USD\",\"archived\":false,\"created_at\":1,\"updated_at\":1}";
    server.enqueue(MockApi.droppedMidBody());
    server.enqueue(MockApi.error(409, "api_name already exists"));
    server.enqueue(ok(stored));

    PropertyDefinition created =
        client.createPropertyDefinition(
            PropertyDefinition.of("mrr", "MRR", PropertyType.CURRENCY, PropertyAccess.READ_ONLY));

    assertThat(created.key()).isEqualTo("cprop_9");
    assertThat(server.takeRequest().getBody().utf8())
        .isEqualTo(
            "{\"api_name\":\"mrr\",\"label\":\"MRR\",\"type\":\"currency\",\"access\":\"read_only\","
                + "\"required\":false,\"help_text\":\"\",\"position\":0}");
    server.takeRequest();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/customer-properties/mrr");
  }

  @Test
  void rateLimitHeaders_areExposed_afterAnAnswer() {
    assertThat(client.rateLimit()).isEmpty();
    server.enqueue(
        new MockResponse.Builder(ok(customer("cus_1", "a")))
            .setHeader("X-RateLimit-Limit", "4000")
            .setHeader("X-RateLimit-Remaining", "3999")
            .setHeader("X-RateLimit-Reset", "1732400060")
            .build());

    client.getCustomer("a");

    assertThat(client.rateLimit())
        .contains(new RateLimitStatus(4000, 3999, Instant.ofEpochSecond(1732400060)));
  }

  @Test
  void rawRequest_sendsPathQueryAndBody_andParsesTheAnswer() throws Exception {
    server.enqueue(json(201, "{\"data\":{\"n\":1.50},\"status\":201}"));

    JsonResponse response =
        client.request(
            "post", "/webhooks", mapOf("dry_run", true), mapOf("target", "https://x.test"));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getRequestLine()).isEqualTo("POST /api/v2/webhooks?dry_run=true HTTP/1.1");
    assertThat(request.getBody().utf8()).isEqualTo("{\"target\":\"https://x.test\"}");
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.headers()).containsKey("content-type");
    assertThat(response.body())
        .isEqualTo(
            mapOf("data", mapOf("n", new BigDecimal("1.50")), "status", new BigDecimal("201")));
  }

  @Test
  void createPartnership_readsTheApiKeyOnce() throws Exception {
    server.enqueue(
        ok(
            "{\"key\":\"part_1\",\"partner_key\":\"jane\",\"email\":\"j@x.test\",\"name\":\"Jane\","
                + "\"created_at\":5,\"api_key\":\""
                + MockApi.PARTNER_KEY
                + "\"}"));

    Partnership p = client.createPartnership(new NewPartnership("jane", "j@x.test", "Jane"));

    assertThat(p.apiKey()).isEqualTo(MockApi.PARTNER_KEY);
    assertThat(server.takeRequest().getBody().utf8())
        .isEqualTo("{\"partner_key\":\"jane\",\"email\":\"j@x.test\",\"name\":\"Jane\"}");
  }

  static Map<String, Object> mapOf(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
