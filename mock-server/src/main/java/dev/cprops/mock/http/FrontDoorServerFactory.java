package dev.cprops.mock.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import java.util.List;

/**
 * Builds WireMock's HTTP server with the {@link FrontDoor}; pass it to {@code
 * WireMockConfiguration.httpServerFactory}.
 */
public final class FrontDoorServerFactory implements HttpServerFactory {
  private final FrontDoorSettings settings;
  private final CredentialCheck credentials;
  private final List<EventStreamRoute> eventStreams;

  public FrontDoorServerFactory(
      FrontDoorSettings settings,
      CredentialCheck credentials,
      List<EventStreamRoute> eventStreams) {
    this.settings = settings;
    this.credentials = credentials;
    this.eventStreams = List.copyOf(eventStreams);
  }

  @Override
  public String getName() {
    return "front-door-http-server";
  }

  @Override
  public HttpServer buildHttpServer(
      Options options,
      AdminRequestHandler adminRequestHandler,
      StubRequestHandler stubRequestHandler) {
    return new FrontDoorServer(
        options, adminRequestHandler, stubRequestHandler, settings, credentials, eventStreams);
  }
}
