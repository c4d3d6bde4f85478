package dev.cprops.mock.api;

import dev.cprops.mock.MockServer;
import dev.cprops.mock.json.JsonValueReader;
import dev.cprops.mock.json.JsonValueWriter;
import dev.cprops.mock.junit.MockServerInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A plain java.net.http client for the acceptance tests: no connector code. */
final class HttpApi {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String rootUrl;
  private final String authorization;

  private HttpApi(String rootUrl, String authorization) {
    this.rootUrl = rootUrl;
    this.authorization = authorization;
  }

  static HttpApi vendor(MockServerInfo server) {
    return new HttpApi(server.rootUrl(), server.vendorAuthorization());
  }

  static HttpApi vendor(MockServer server) {
    return new HttpApi(server.rootUrl(), basic(server.publicKey(), server.secretKey()));
  }

  static HttpApi bearer(MockServer server, String apiKey) {
    return new HttpApi(server.rootUrl(), "Bearer " + apiKey);
  }

  static HttpApi partner(MockServerInfo server, String partnerKey) {
    return new HttpApi(server.rootUrl(), "Bearer " + server.partnerKey(partnerKey));
  }

  static HttpApi withAuthorization(MockServerInfo server, String authorization) {
    return new HttpApi(server.rootUrl(), authorization);
  }

  /** A client of a server at {@code rootUrl}; {@code authorization} may be null. */
  static HttpApi of(String rootUrl, String authorization) {
    return new HttpApi(rootUrl, authorization);
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Reply get(String path) {
    return send("GET", path, null, null);
  }

  Reply delete(String path) {
    return send("DELETE", path, null, null);
  }

  Reply post(String path, Object body) {
    return send("POST", path, JsonValueWriter.write(body), "application/json");
  }

  Reply patch(String path, Object body) {
    return send("PATCH", path, JsonValueWriter.write(body), "application/json");
  }

  /** A request with a raw body; path is under /api/v2 unless it starts with /__admin. */
  Reply send(String method, String path, byte[] body, String contentType) {
    String url = rootUrl + (path.startsWith("/__admin") ? "" : "/api/v2") + path;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      HttpResponse<byte[]> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An answer: status, headers, and the body parsed as JSON. */
  record Reply(int status, Map<String, List<String>> headers, byte[] raw) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> json() {
      try {
        return (Map<String, Object>) new JsonValueReader(64).read(raw);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + new String(raw, StandardCharsets.UTF_8), e);
      }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> data() {
      return (Map<String, Object>) json().get("data");
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items() {
      return (List<Map<String, Object>>) data().get("items");
    }

    boolean hasMore() {
      return (Boolean) data().get("has_more");
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors() {
      return (List<Map<String, Object>>) json().get("errors");
    }

    /** The first error's code. */
    String errorCode() {
      return (String) errors().get(0).get("code");
    }

    String errorField() {
      return (String) errors().get(0).get("field");
    }

    @Override
    public String toString() {
      return status + " " + new String(raw, StandardCharsets.UTF_8);
    }
  }
}
