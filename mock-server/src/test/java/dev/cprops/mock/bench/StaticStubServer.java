package dev.cprops.mock.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.cprops.mock.api.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The ceiling of the HTTP layer: plain WireMock, no extensions, answering {@code GET} and {@code
 * PATCH /api/v2/customers/{id}} with a fixed customer body of the size the mock server returns, and
 * the same response headers ({@code Content-Type} with its charset, and the {@code Matched-Stub-Id}
 * and {@code Matched-Stub-Name} WireMock adds for a named stub). It has the HTTP settings of {@code
 * MockServer} (container threads, acceptors, HTTP/1.1 only, no request journal, no per-request
 * logging), so the only difference between the two is the stateful layer. The stubs match the path
 * by a regular expression rather than a path template, which would cost WireMock a second copy of
 * every request (path parameters): the ceiling is the cheapest static stub.
 *
 * <p>Usage: {@code StaticStubServer PORT}; runs until killed.
 */
public final class StaticStubServer {
  private static final String CUSTOMER_PATH = "/api/v2/customers/[^/]+";

  private StaticStubServer() {}

  public static void main(String[] args) throws IOException {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    String retrieved = customerBody();
    String updated = retrieved.replace("\"Customer retrieved\"", "\"Customer updated\"");
    WireMockServer server =
        new WireMockServer(
            WireMockConfiguration.options()
                .port(Integer.parseInt(args[0]))
                .bindAddress(ChildServer.HOST)
                .containerThreads(32)
                .jettyAcceptors(1)
                .http2PlainDisabled(true)
                .notifier(new Slf4jNotifier(false))
                .stubRequestLoggingDisabled(true)
                .disableRequestJournal());
    server.stubFor(answer(get(urlPathMatching(CUSTOMER_PATH)), "static GET", retrieved));
    server.stubFor(answer(patch(urlPathMatching(CUSTOMER_PATH)), "static PATCH", updated));
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    System.out.println("Static stub listening on " + server.baseUrl());
  }

  private static MappingBuilder answer(MappingBuilder mapping, String name, String body) {
    return mapping
        .withName(name)
        .willReturn(aResponse().withHeader("Content-Type", ApiResponse.JSON).withBody(body));
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
