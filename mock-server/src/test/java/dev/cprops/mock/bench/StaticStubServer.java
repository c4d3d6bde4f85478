package dev.cprops.mock.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The ceiling of the HTTP layer: plain WireMock, no extensions, answering {@code GET} and {@code
 * PATCH /api/v2/customers/{id}} with a fixed customer body of the size the mock server returns. It
 * has the HTTP settings of {@code MockServer} (container threads, acceptors, no request journal, no
 * per-request logging), so the only difference between the two is the stateful layer.
 *
 * <p>Usage: {@code StaticStubServer PORT}; runs until killed.
 */
public final class StaticStubServer {
  private StaticStubServer() {}

  public static void main(String[] args) throws IOException {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    String body = customerBody();
    WireMockServer server =
        new WireMockServer(
            WireMockConfiguration.options()
                .port(Integer.parseInt(args[0]))
                .bindAddress(ChildServer.HOST)
                .containerThreads(32)
                .jettyAcceptors(1)
                .notifier(new Slf4jNotifier(false))
                .stubRequestLoggingDisabled(true)
                .disableRequestJournal());
    server.stubFor(get(urlPathTemplate("/api/v2/customers/{id}")).willReturn(okJson(body)));
    server.stubFor(patch(urlPathTemplate("/api/v2/customers/{id}")).willReturn(okJson(body)));
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    System.out.println("Static stub listening on " + server.baseUrl());
  }

  private static String customerBody() throws IOException {
    try (InputStream in = StaticStubServer.class.getResourceAsStream("/bench/customer.json")) {
      if (in == null) {
        throw new IOException("missing resource /bench/customer.json");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }
}
