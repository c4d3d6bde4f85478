package dev.cprops.mock.portal;

import dev.cprops.mock.MockServer;
import dev.cprops.mock.json.JsonSyntaxException;
import dev.cprops.mock.json.JsonValueReader;
import dev.cprops.mock.json.JsonValueWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** The vendor API over real HTTP, for the portal's tests to check what a page did. */
final class ApiClient {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String baseUrl;
  private final String authorization;

  ApiClient(MockServer server) {
    this.baseUrl = server.baseUrl();
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (server.publicKey() + ":" + server.secretKey())
                        .getBytes(StandardCharsets.UTF_8));
  }

  /** The {@code data} of a GET, e.g. {@code get("/customers/acct_1")}. */
  Map<String, Object> get(String path) {
    return data(send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()));
  }

  Map<String, Object> patch(String path, Map<String, Object> body) {
    return data(
        send(
            HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(
                    "PATCH", HttpRequest.BodyPublishers.ofByteArray(JsonValueWriter.write(body)))
                .header("Content-Type", "application/json")));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> data(Map<String, Object> envelope) {
    return (Map<String, Object>) envelope.get("data");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response =
          HTTP.send(
              request.header("Authorization", authorization).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new AssertionError(
            "API answered "
                + response.statusCode()
                + ": "
                + new String(response.body(), StandardCharsets.UTF_8));
      }
      return (Map<String, Object>) new JsonValueReader(32).read(response.body());
    } catch (IOException | JsonSyntaxException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
