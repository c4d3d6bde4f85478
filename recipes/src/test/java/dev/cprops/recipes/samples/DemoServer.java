package dev.cprops.recipes.samples;

import dev.cprops.connector.spi.Json;
import dev.cprops.mock.MockServer;
import dev.cprops.recipes.connections.ConnectionProvider;
import dev.cprops.recipes.embedded.EmbeddedMockServerProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A demo mock server the sample tests run against and inspect over HTTP (as a user would), with a
 * connection provider that points the apps at it and leaves it running between commands.
 */
final class DemoServer implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  final MockServer server;

  DemoServer(int customers) {
    this(MockServer.builder().customers(customers).build().start());
  }

  /** Wraps a running server (closing this stops it). */
  DemoServer(MockServer server) {
    this.server = server;
  }

  ConnectionProvider provider() {
    return connector -> EmbeddedMockServerProvider.connectionValues(server, connector.id());
  }

  /** The vendor's view of a customer ({@code data} of the answer), or null when it has none. */
  @SuppressWarnings("unchecked")
  Map<String, Object> customer(String customerKey) {
    Map<String, Object> answer =
        send("GET", server.baseUrl() + "/customers/" + customerKey, null, vendor());
    return (Map<String, Object>) answer.get("data");
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> customerMeta(String customerKey) {
    return (Map<String, Object>) customer(customerKey).get("meta");
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> company(String customerKey) {
    Map<String, Object> company =
        send(
            "GET",
            server.crmBaseUrl() + "/objects/companies/" + customerKey + "?idProperty=customer_key",
            null,
            "Bearer " + server.crmAccessToken());
    return (Map<String, Object>) company.get("properties");
  }

  void patchCompany(String customerKey, Map<String, Object> properties) {
    send(
        "PATCH",
        server.crmBaseUrl() + "/objects/companies/" + customerKey + "?idProperty=customer_key",
        Map.of("properties", properties),
        "Bearer " + server.crmAccessToken());
  }

  /** A vendor's edit of a customer's {@code meta} through the API. */
  void patchCustomer(String customerKey, Map<String, Object> meta) {
    send("PATCH", server.baseUrl() + "/customers/" + customerKey, Map.of("meta", meta), vendor());
  }

  /** The webhooks registered with the API. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> webhooks() {
    Map<String, Object> data =
        (Map<String, Object>)
            send("GET", server.baseUrl() + "/webhooks?limit=250", null, vendor()).get("data");
    return (List<Map<String, Object>>) data.get("items");
  }

  /** The delivery attempts of a webhook, newest first. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> deliveries(String webhookKey) {
    Map<String, Object> data =
        (Map<String, Object>)
            send(
                    "GET",
                    server.baseUrl() + "/webhooks/" + webhookKey + "/deliveries?limit=250",
                    null,
                    vendor())
                .get("data");
    return (List<Map<String, Object>>) data.get("items");
  }

  /** Adds a WireMock stub (JSON of {@code /__admin/mappings}); answers its id. */
  String addStub(String mapping) {
    return send("POST", server.adminUrl() + "/mappings", Json.parse(mapping), null)
        .get("id")
        .toString();
  }

  void removeStub(String id) {
    send("DELETE", server.adminUrl() + "/mappings/" + id, null, null);
  }

  /**
   * The requests WireMock's journal recorded (the server must be built with {@code journal(true)}),
   * as {@code "METHOD /path?query"}, oldest first; admin calls are not recorded.
   */
  @SuppressWarnings("unchecked")
  List<String> journal() {
    List<Map<String, Object>> requests =
        (List<Map<String, Object>>)
            send("GET", server.adminUrl() + "/requests", null, null).get("requests");
    List<String> lines = new java.util.ArrayList<>();
    for (Map<String, Object> entry : requests) {
      Map<String, Object> request = (Map<String, Object>) entry.get("request");
      lines.add(0, request.get("method") + " " + request.get("url"));
    }
    return lines;
  }

  /** Empties WireMock's request journal. */
  void clearJournal() {
    send("DELETE", server.adminUrl() + "/requests", null, null);
  }

  /** A vendor's new customer property, through the API. */
  void createProperty(Map<String, Object> definition) {
    send("POST", server.baseUrl() + "/customer-properties", definition, vendor());
  }

  /** A partner's edit through the partner API. */
  void partnerEdit(String partnerKey, String customerKey, Map<String, Object> meta) {
    send(
        "PATCH",
        server.baseUrl() + "/partner/customers/" + customerKey,
        Map.of("meta", meta),
        "Bearer " + server.partnerKeys().get(partnerKey));
  }

  private String vendor() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (server.publicKey() + ":" + server.secretKey()).getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, Object> send(String method, String url, Object body, String auth) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (auth != null) {
      request.header("Authorization", auth);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(Json.compact(body)));
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new AssertionError(
            method + " " + url + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body().isBlank() ? Map.of() : Json.parseObject(response.body());
    } catch (java.io.IOException e) {
      throw new AssertionError(method + " " + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
