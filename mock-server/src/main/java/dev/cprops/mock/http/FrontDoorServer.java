package dev.cprops.mock.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty12.Jetty12HttpServer;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * WireMock's Jetty 12 server with the {@link FrontDoor} before its handlers, and JSON error pages
 * (Jetty's own and WireMock's servlets') instead of HTML ones.
 */
final class FrontDoorServer extends Jetty12HttpServer {
  FrontDoorServer(
      Options options,
      AdminRequestHandler adminRequestHandler,
      StubRequestHandler stubRequestHandler,
      FrontDoorSettings settings,
      CredentialCheck credentials,
      List<EventStreamRoute> eventStreams) {
    super(options, adminRequestHandler, stubRequestHandler);
    // The parent constructor has built the handlers: wrap them now.
    for (ServletContextHandler context : jettyServer.getDescendants(ServletContextHandler.class)) {
      context.setErrorHandler(new JsonServletErrorHandler());
    }
    jettyServer.setErrorHandler(new JsonErrorHandler());
    jettyServer.setHandler(
        new FrontDoor(settings, credentials, eventStreams, jettyServer.getHandler()));
  }
}
