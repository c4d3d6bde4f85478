package dev.cprops.recipes.crm;

import dev.cprops.connector.spi.ApiException;
import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Json;
import dev.cprops.connector.spi.JsonFormatException;
import dev.cprops.connector.spi.TransientException;
import dev.cprops.connector.spi.UnreachableException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Calls the CRM's JSON API with a connection's {@code base_url} and {@code access_token} (sent as
 * {@code Authorization: Bearer}); answers the parsed body. A 401 is an {@link AuthException}, any
 * other status of 400 or more an {@link ApiException} with HubSpot's {@code message}; the token is
 * never part of a message. Thread-safe.
 */
final class CrmClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  static final String BASE_URL = "base_url";
  static final String ACCESS_TOKEN = "access_token";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String baseUrl;
  private final String accessToken;

  private CrmClient(String baseUrl, String accessToken) {
    this.baseUrl = baseUrl.replaceAll("/+$", "");
    this.accessToken = accessToken;
  }

  /**
   * The client of a connection.
   *
   * @throws InputException if the base URL or the token is missing
   */
  static CrmClient of(Connection connection) {
    String baseUrl =
        connection
            .string(BASE_URL)
            .filter(u -> u.matches("(?i)https?://.+"))
            .orElseThrow(
                () ->
                    new InputException(
                        BASE_URL,
                        null,
                        "the CRM's http(s) base URL, e.g. https://api.hubapi.com/crm/v3"));
    String token =
        connection
            .string(ACCESS_TOKEN)
            .orElseThrow(
                () -> new InputException(ACCESS_TOKEN, null, "a private app access token"));
    return new CrmClient(baseUrl, token);
  }

  /** Sends a request; {@code body} is JSON-encoded when not null. */
  Map<String, Object> send(String method, String path, Object body) {
    URI uri = URI.create(baseUrl + path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + accessToken)
            .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(Json.compact(body)));
    }
    HttpResponse<String> response;
    try {
      response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw UnreachableException.of(method + " " + uri, uri, e, 1, TIMEOUT, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransientException(method + " " + path + " was interrupted", e, 1);
    }
    Map<String, Object> parsed = parse(response.body());
    int status = response.statusCode();
    if (status >= 400) {
      String message =
          "CRM answered "
              + status
              + " to "
              + method
              + " "
              + path
              + ": "
              + parsed.getOrDefault("message", "");
      throw status == 401
          ? new AuthException(status, message)
          : new ApiException(status, message, List.of());
    }
    return parsed;
  }

  private static Map<String, Object> parse(String text) {
    if (text == null || text.isBlank()) {
      return Map.of();
    }
    try {
      return Json.parseObject(text);
    } catch (JsonFormatException e) {
      return Map.of("message", text.length() > 200 ? text.substring(0, 200) + "..." : text);
    }
  }
}
