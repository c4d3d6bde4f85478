package dev.cprops.recipes.embedded;

import dev.cprops.connector.spi.Json;
import dev.cprops.mock.MockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The partner edit the embedded demo server makes right after it starts, as a partner would through
 * the partner API: {@value #PARTNER} sets the industry and plan of its first customer. So the
 * {@code partner-edits-to-crm} sample has a change to write back to the CRM on its first run, and
 * its README can name what to look for.
 */
final class DemoPartnerEdit {
  static final String PARTNER = "partner_raj";
  static final Map<String, Object> META =
      Map.of("industry", "Robotics", "subscription_plan", "Pro");

  private DemoPartnerEdit() {}

  /**
   * Makes the edit; answers what was edited, e.g. {@code "partner_raj changed acct_00007: industry
   * Robotics, plan Pro"}, or empty when the server's data gives {@value #PARTNER} no customer (a
   * server seeded with few customers).
   *
   * @throws IllegalStateException if the server refused it
   */
  static Optional<String> make(MockServer server) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String auth = "Bearer " + server.partnerKeys().get(PARTNER);
    Map<String, Object> page =
        send(http, "GET", server.baseUrl() + "/partner/customers?limit=1", null, auth);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items =
        (List<Map<String, Object>>) ((Map<String, Object>) page.get("data")).get("items");
    if (items.isEmpty()) {
      return Optional.empty();
    }
    String key = items.get(0).get("customer_key").toString();
    send(
        http,
        "PATCH",
        server.baseUrl() + "/partner/customers/" + key,
        Json.compact(Map.of("meta", META)),
        auth);
    return Optional.of(PARTNER + " changed " + key + ": industry Robotics, plan Pro");
  }

  private static Map<String, Object> send(
      HttpClient http, String method, String url, String body, String auth) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", auth)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            "the demo partner edit " + method + " " + url + " answered " + response.statusCode());
      }
      return Json.parseObject(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("the demo partner edit failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during the demo partner edit", e);
    }
  }
}
