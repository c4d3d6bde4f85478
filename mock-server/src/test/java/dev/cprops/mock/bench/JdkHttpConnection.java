package dev.cprops.mock.bench;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The second client choice, to check that the load generator is not what limits the numbers: {@code
 * java.net.http.HttpClient} (HTTP/1.1, its own keep-alive pool, shared by all workers, so at most
 * one connection per concurrent worker).
 */
final class JdkHttpConnection implements HttpConnection {
  private final HttpClient client;
  private final String rootUrl;
  private final String authorization;

  JdkHttpConnection(HttpClient client, String host, int port, String authorization) {
    this.client = client;
    this.rootUrl = "http://" + host + ":" + port;
    this.authorization = authorization;
  }

  static HttpClient sharedClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  @Override
  public int exchange(String method, String path, byte[] body) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(rootUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    }
  }

  @Override
  public void close() {
    // the shared client owns the connections
  }
}
