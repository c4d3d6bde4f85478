package dev.cprops.mock.portal;

import com.github.tomakehurst.wiremock.extension.Extension;
import dev.cprops.mock.http.EventStreamRoute;
import java.util.List;

/**
 * The product's own screens, served by the mock server at {@code /}: sign-in (vendor or partner),
 * Settings > Properties, Customers with the "Details" section, and the developer panels. Pages are
 * rendered on the server (Mustache, escaping by default) with htmx for partial updates; the portal
 * works on the same store, rules and webhooks as the API ({@link PortalBackend}).
 *
 * <p>Safety: sessions live in HttpOnly, SameSite=Strict cookies; every write must be same-origin
 * and carry the session's token; a partner's session gets a 403 page for vendor pages; keys and
 * webhook secrets are never written into a page; pages load only the portal's own script and style
 * sheet (Content-Security-Policy).
 */
public final class Portal {
  private final PortalTransformer transformer;
  private final PortalStub stub = new PortalStub();
  private final RequestLog requestLog;
  private final PortalEvents events;

  public Portal(PortalBackend backend) {
    Sessions sessions = new Sessions(System::currentTimeMillis);
    Pages pages = new Pages(new Templates());
    this.requestLog = new RequestLog(System::currentTimeMillis);
    PortalRouter router = new PortalRouter();
    new SignInPages(backend, sessions, pages).register(router);
    new CustomerPages(backend, pages).register(router);
    new PropertyPages(backend, pages).register(router);
    new DeveloperPages(backend, requestLog, pages).register(router);
    this.transformer = new PortalTransformer(new PortalDispatcher(router, sessions, pages));
    this.events = new PortalEvents(sessions, backend, requestLog);
  }

  /** The live updates of the developer panels, served by the front door as server-sent events. */
  public List<EventStreamRoute> eventStreams() {
    return List.of(events);
  }

  /** The extensions to register with WireMock: the pages, their stub, the request log. */
  public List<Extension> extensions() {
    return List.of(transformer, stub, requestLog);
  }
}
