package dev.cprops.mock.crm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.MockServer;
import dev.cprops.mock.json.JsonValueReader;
import dev.cprops.mock.json.JsonValueWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HubSpot-style companies API, over HTTP against a real server. */
class CrmAcceptanceTest {
  private static final int CUSTOMERS = 20;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static MockServer server;

  @BeforeAll
  static void start() {
    server = MockServer.builder().customers(CUSTOMERS).crmAccessToken("crm_test").build().start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void reseed() {
    server.reseed();
  }

  @Test
  void list_pagesThroughEveryCompanyOnce() {
    Set<String> ids = new HashSet<>();
    String after = null;
    int pages = 0;
    do {
      Map<String, Object> page =
          body(get("/crm/v3/objects/companies?limit=7" + (after == null ? "" : "&after=" + after)));
      for (Map<String, Object> company : results(page)) {
        assertThat(ids.add((String) company.get("id"))).isTrue();
      }
      after = nextAfter(page);
      pages++;
    } while (after != null);
    assertThat(ids).hasSize(CUSTOMERS + DemoCompanies.PROSPECTS);
    assertThat(pages).isEqualTo(5);
  }

  @Test
  void list_selectsProperties_andShowsTheCrmsOwn() {
    Map<String, Object> company =
        results(body(get("/crm/v3/objects/companies?limit=1&properties=name,customer_key,notes")))
            .get(0);
    assertThat(properties(company))
        .containsOnlyKeys(
            "name", "customer_key", "notes", "createdate", "hs_lastmodifieddate", "hs_object_id")
        .containsEntry("customer_key", "acct_00001")
        .containsEntry("notes", null)
        .containsEntry("hs_object_id", company.get("id"));
    assertThat(company).containsKeys("createdAt", "updatedAt").containsEntry("archived", false);
  }

  @Test
  void companies_matchTheDemoCustomers() {
    Map<String, Object> customer = vendorGet("/api/v2/customers/acct_00002");
    Map<String, Object> company =
        body(get("/crm/v3/objects/companies/acct_00002?idProperty=customer_key"));
    assertThat(properties(company).get("name")).isEqualTo(customer.get("name"));
    assertThat(properties(company).get("primary_contact_email")).isEqualTo(customer.get("email"));
  }

  @Test
  void missingOrWrongToken_is401InHubSpotsShape() {
    HttpResponse<String> response =
        send("GET", "/crm/v3/objects/companies", null, "Bearer " + server.secretKey());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(body(response))
        .containsEntry("status", "error")
        .containsEntry("category", "INVALID_AUTHENTICATION")
        .containsKey("correlationId");
    assertThat(send("GET", "/crm/v3/objects/companies", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void patch_changesValues_andTheModifiedTime_onlyWhenSomethingChanged() {
    Map<String, Object> before = body(get("/crm/v3/objects/companies/1001"));
    Map<String, Object> after =
        body(
            patch(
                "/crm/v3/objects/companies/1001",
                Map.of("properties", Map.of("industry", "Robotics"))));
    assertThat(properties(after)).containsEntry("industry", "Robotics");
    assertThat(modified(after)).isGreaterThan(modified(before));
    Map<String, Object> again =
        body(
            patch(
                "/crm/v3/objects/companies/1001",
                Map.of("properties", Map.of("industry", "Robotics"))));
    assertThat(modified(again)).isEqualTo(modified(after));
  }

  @Test
  void patch_rejectsReadOnlyAndUnknownProperties() {
    HttpResponse<String> readOnly =
        patch(
            "/crm/v3/objects/companies/1001",
            Map.of("properties", Map.of("hs_lastmodifieddate", "0")));
    assertThat(readOnly.statusCode()).isEqualTo(400);
    assertThat(body(readOnly)).containsEntry("category", "READ_ONLY_VALUE");
    HttpResponse<String> unknown =
        patch("/crm/v3/objects/companies/1001", Map.of("properties", Map.of("colour", "red")));
    assertThat(body(unknown)).containsEntry("category", "PROPERTY_DOESNT_EXIST");
    assertThat(get("/crm/v3/objects/companies/999").statusCode()).isEqualTo(404);
  }

  @Test
  void search_byLastModified_findsOnlyLaterChanges_inOrder_withPaging() {
    long since = System.currentTimeMillis();
    for (String id : List.of("1003", "1001", "1002")) {
      patch("/crm/v3/objects/companies/" + id, Map.of("properties", Map.of("state", "Bavaria")));
    }
    Map<String, Object> request =
        Map.of(
            "filterGroups",
            List.of(
                Map.of(
                    "filters",
                    List.of(
                        Map.of(
                            "propertyName", "hs_lastmodifieddate",
                            "operator", "GTE",
                            "value", Long.toString(since))))),
            "sorts",
            List.of(Map.of("propertyName", "hs_lastmodifieddate", "direction", "ASCENDING")),
            "limit",
            2);
    Map<String, Object> first = body(post("/crm/v3/objects/companies/search", request));
    assertThat(first.get("total")).hasToString("3");
    assertThat(ids(first)).containsExactly("1003", "1001");
    Map<String, Object> second =
        body(post("/crm/v3/objects/companies/search", with(request, "after", nextAfter(first))));
    assertThat(ids(second)).containsExactly("1002");
    assertThat(nextAfter(second)).isNull();
  }

  @Test
  void batchUpdate_byCustomerKey_reportsMissingIdsWith207() {
    Map<String, Object> request =
        Map.of(
            "inputs",
            List.of(
                Map.of(
                    "id",
                    "acct_00004",
                    "idProperty",
                    "customer_key",
                    "properties",
                    Map.of("seats", 12)),
                Map.of(
                    "id",
                    "acct_99999",
                    "idProperty",
                    "customer_key",
                    "properties",
                    Map.of("seats", 1))));
    HttpResponse<String> response = post("/crm/v3/objects/companies/batch/update", request);
    assertThat(response.statusCode()).isEqualTo(207);
    Map<String, Object> body = body(response);
    assertThat(properties(results(body).get(0))).containsEntry("seats", "12");
    assertThat(body.get("numErrors")).hasToString("1");
    assertThat(body.get("errors").toString()).contains("acct_99999", "OBJECT_NOT_FOUND");
  }

  @Test
  void batchUpdate_ofMoreThan100_isRejected() {
    List<Object> inputs = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      inputs.add(Map.of("id", Integer.toString(1001 + i), "properties", Map.of("state", "x")));
    }
    HttpResponse<String> response =
        post("/crm/v3/objects/companies/batch/update", Map.of("inputs", inputs));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(body(response)).containsEntry("category", "VALIDATION_ERROR");
  }

  @Test
  void adminReset_emptiesTheCrm_andSeedRefillsIt() throws Exception {
    patch("/crm/v3/objects/companies/1001", Map.of("properties", Map.of("industry", "Robotics")));
    admin("/__admin/customer-properties/reset");
    assertThat(results(body(get("/crm/v3/objects/companies")))).isEmpty();
    admin("/__admin/customer-properties/seed");
    Map<String, Object> company = body(get("/crm/v3/objects/companies/1001"));
    assertThat(properties(company).get("industry")).isNotEqualTo("Robotics");
  }

  @Test
  void csvExport_hasAHeaderAndOneRowPerCompany() {
    String csv = DemoCompanies.csvExport(CUSTOMERS);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).startsWith("Record ID,Company name,Customer Key,");
    assertThat(lines).hasSize(1 + CUSTOMERS + DemoCompanies.PROSPECTS);
    assertThat(lines.get(1)).startsWith("1001,").contains(",acct_00001,");
  }

  private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
    Map<String, Object> copy = new java.util.LinkedHashMap<>(map);
    copy.put(key, value);
    return copy;
  }

  private static long modified(Map<String, Object> company) {
    return CompanySearch.instant((String) properties(company).get("hs_lastmodifieddate"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> properties(Map<String, Object> company) {
    return (Map<String, Object>) company.get("properties");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> results(Map<String, Object> page) {
    return (List<Map<String, Object>>) page.get("results");
  }

  private static List<Object> ids(Map<String, Object> page) {
    return results(page).stream().map(c -> c.get("id")).toList();
  }

  @SuppressWarnings("unchecked")
  private static String nextAfter(Map<String, Object> page) {
    Map<String, Object> paging = (Map<String, Object>) page.get("paging");
    return paging == null ? null : (String) ((Map<String, Object>) paging.get("next")).get("after");
  }

  private static HttpResponse<String> get(String path) {
    return send("GET", path, null, "Bearer crm_test");
  }

  private static HttpResponse<String> post(String path, Object body) {
    return send("POST", path, body, "Bearer crm_test");
  }

  private static HttpResponse<String> patch(String path, Object body) {
    return send("PATCH", path, body, "Bearer crm_test");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> vendorGet(String path) {
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (server.publicKey() + ":" + server.secretKey())
                        .getBytes(StandardCharsets.UTF_8));
    return (Map<String, Object>) body(send("GET", path, null, basic)).get("data");
  }

  private static void admin(String path) {
    assertThat(send("POST", path, Map.of(), null).statusCode()).isEqualTo(200);
  }

  private static HttpResponse<String> send(String method, String path, Object body, String auth) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.rootUrl() + path));
    if (auth != null) {
      request.header("Authorization", auth);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofByteArray(JsonValueWriter.write(body)));
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(method + " " + path + " failed", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> body(HttpResponse<String> response) {
    try {
      return (Map<String, Object>)
          new JsonValueReader(32).read(response.body().getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }
}
