package dev.cprops.recipes.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.recipes.webhook.WebhookReceiver.Reply;
import dev.cprops.recipes.webhook.WebhookReceiver.Request;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class WebhookReceiverTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final List<Request> received = new CopyOnWriteArrayList<>();

  private WebhookReceiver start() {
    return WebhookReceiver.start(
        new InetSocketAddress("127.0.0.1", 0),
        request -> {
          received.add(request);
          return new Reply(202, "took " + request.body().length + " bytes");
        });
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aPost_onAnyPath_reachesTheHandler_withLowerCaseHeaders_andTheRawBody() throws Exception {
    try (WebhookReceiver receiver = start()) {
      byte[] body = "{\"a\": 1}\n".getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> response =
          send(
              HttpRequest.newBuilder(receiver.localUrl("/some/tunnel/path"))
                  .header("X-Webhook-Signature", "t=1,v1=ab")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

      assertThat(response.statusCode()).isEqualTo(202);
      assertThat(response.body()).isEqualTo("{\"status\":202,\"message\":\"took 9 bytes\"}\n");
      assertThat(response.headers().firstValue("content-type"))
          .hasValue("application/json; charset=utf-8");
      Request request = received.get(0);
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo("/some/tunnel/path");
      assertThat(request.headers()).containsEntry("x-webhook-signature", "t=1,v1=ab");
      assertThat(request.body()).isEqualTo(body);
    }
  }

  @Test
  void otherMethods_get405_andAnOversizedBody413_withoutTheHandler() throws Exception {
    try (WebhookReceiver receiver = start()) {
      HttpResponse<String> get = send(HttpRequest.newBuilder(receiver.localUrl("/")).GET());
      byte[] big = new byte[WebhookReceiver.MAX_BODY_BYTES + 1];
      HttpResponse<String> oversized =
          send(
              HttpRequest.newBuilder(receiver.localUrl("/"))
                  .POST(HttpRequest.BodyPublishers.ofByteArray(big)));

      assertThat(get.statusCode()).isEqualTo(405);
      assertThat(get.headers().firstValue("allow")).hasValue("POST");
      assertThat(oversized.statusCode()).isEqualTo(413);
      assertThat(received).isEmpty();
    }
  }

  @Test
  void aFailingHandler_isAnswered500() throws Exception {
    try (WebhookReceiver receiver =
        WebhookReceiver.start(
            new InetSocketAddress("127.0.0.1", 0),
            request -> {
              throw new IllegalStateException("boom");
            })) {
      HttpResponse<String> response =
          send(
              HttpRequest.newBuilder(receiver.localUrl("/"))
                  .POST(HttpRequest.BodyPublishers.ofString("{}")));
      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.body()).contains("IllegalStateException");
    }
  }

  @Test
  void aTakenPort_isAClearError_andAWildcardBindIsReachedOnLoopback() {
    try (WebhookReceiver receiver = start()) {
      InetSocketAddress taken = receiver.address();
      assertThatThrownBy(() -> WebhookReceiver.start(taken, r -> new Reply(200, "")))
          .isInstanceOf(ReceiverException.class)
          .hasMessageStartingWith("cannot listen on 127.0.0.1:" + taken.getPort() + ": ");
    }
    try (WebhookReceiver any =
        WebhookReceiver.start(new InetSocketAddress(0), r -> new Reply(200, ""))) {
      assertThat(any.localUrl("/x").toString())
          .isEqualTo("http://127.0.0.1:" + any.address().getPort() + "/x");
    }
  }

  @Test
  void listenAddress_parsesHostAndPort_andNamesWhatIsWrong() {
    assertThat(ListenAddress.parse("127.0.0.1:8080"))
        .isEqualTo(new InetSocketAddress("127.0.0.1", 8080));
    assertThat(ListenAddress.parse("[::1]:0").getAddress().getHostAddress()).contains(":");
    assertThat(ListenAddress.parse("0.0.0.0:9000").getAddress().isAnyLocalAddress()).isTrue();
    assertThatThrownBy(() -> ListenAddress.parse("8080"))
        .hasMessage(
            "--listen: '8080' is not a listen address; expected HOST:PORT, e.g. 127.0.0.1:8080"
                + " (port 0 picks a free one)");
    assertThatThrownBy(() -> ListenAddress.parse("localhost:70000"))
        .hasMessageContaining("a port from 0 to 65535");
    assertThatThrownBy(() -> ListenAddress.parse("::1:80"))
        .hasMessageContaining("an IPv6 host in brackets");
    assertThatThrownBy(() -> ListenAddress.parse("no-such-host.invalid:80"))
        .hasMessageContaining("a host name that resolves");
  }

  @Test
  void localUrl_ofAnIpv6Bind_isBracketed() {
    try (WebhookReceiver receiver =
        WebhookReceiver.start(ListenAddress.parse("[::1]:0"), r -> new Reply(200, ""))) {
      assertThat(receiver.localUrl("/h"))
          .isEqualTo(URI.create("http://[0:0:0:0:0:0:0:1]:" + receiver.address().getPort() + "/h"));
    } catch (ReceiverException e) {
      // a machine without IPv6 loopback
    }
  }
}
