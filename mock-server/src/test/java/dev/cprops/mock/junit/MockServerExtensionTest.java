package dev.cprops.mock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.seed.DemoData;
import dev.cprops.mock.seed.Seed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@MockServerTest(customers = 15)
class MockServerExtensionTest {
  private final MockServerInfo fromConstructor;

  MockServerExtensionTest(MockServerInfo server) {
    this.fromConstructor = server;
  }

  @Test
  void resolvesTheServer_withRandomPort_keysAndDemoPartners(MockServerInfo server)
      throws Exception {
    assertThat(server).isSameAs(fromConstructor);
    assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port() + "/api/v2");
    assertThat(server.port()).isNotEqualTo(4010).isPositive();
    assertThat(server.publicKey()).isEqualTo("pk_demo_public");
    assertThat(server.secretKey()).isEqualTo("sk_demo_secret");
    Map<String, String> expected =
        DemoData.partners().stream()
            .collect(
                Collectors.toMap(
                    p -> (String) p.get("partner_key"), p -> (String) p.get("api_key")));
    assertThat(server.partnerKeys()).isEqualTo(expected);
    assertThat(server.server().store().counts().customers()).isEqualTo(15);

    HttpResponse<String> reply =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/customers"))
                    .header("Authorization", server.vendorAuthorization())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(reply.statusCode()).isEqualTo(200);
  }

  @Test
  void resetAndSeed_replaceTheState(MockServerInfo server) {
    server.seed(Seed.EMPTY, 0);
    assertThat(server.server().store().counts().properties()).isZero();
    assertThat(server.partnerKeys()).isEmpty();

    server.reseed();
    assertThat(server.server().store().counts().customers()).isEqualTo(15);

    server.reset();
    assertThat(server.server().store().counts().partnerships()).isZero();
    server.reseed();
  }

  @Nested
  class NestedTests {
    @Test
    void shareTheEnclosingServer(MockServerInfo server) {
      assertThat(server).isSameAs(fromConstructor);
    }
  }
}
