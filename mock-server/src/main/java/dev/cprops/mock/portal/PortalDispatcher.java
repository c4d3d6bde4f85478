package dev.cprops.mock.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every portal request: static files; otherwise finds (or starts) the session, finds the
 * route, rejects a write that is not same-origin or lacks the session's token (403), sends a
 * visitor who is not signed in to the sign-in page, shows a partner a 403 page for a vendor page,
 * and runs the route's handler.
 */
final class PortalDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(PortalDispatcher.class);
  static final String CSRF_FIELD = "_csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";

  private final PortalRouter router;
  private final Sessions sessions;
  private final Pages pages;
  private final Assets assets = new Assets();

  PortalDispatcher(PortalRouter router, Sessions sessions, Pages pages) {
    this.router = router;
    this.sessions = sessions;
    this.pages = pages;
  }

  PortalResponse handle(PortalRequest request) {
    if (request.path().startsWith(Assets.PREFIX) && request.method().equals("GET")) {
      return assets
          .serve(request.path())
          .orElseGet(() -> PortalResponse.bytes(404, "text/plain; charset=utf-8", new byte[0]));
    }
    Optional<Session> found = sessions.find(request);
    Session session = found.orElseGet(sessions::anonymous);
    PortalResponse response = answer(request, session);
    if (found.isEmpty() && !response.headers().containsKey("Set-Cookie")) {
      response.header("Set-Cookie", Sessions.cookie(session));
    }
    return response;
  }

  private PortalResponse answer(PortalRequest request, Session session) {
    Optional<PortalRouter.Match> match = router.find(request.method(), request.path());
    Exchange exchange =
        new Exchange(request, session, match.map(PortalRouter.Match::params).orElse(null));
    if (match.isEmpty()) {
      return router.pathKnown(request.path())
          ? pages.error(exchange, 405, "Method not allowed", "This page cannot be sent that way.")
          : pages.error(exchange, 404, "Page not found", "There is no page at this address.");
    }
    if (!request.method().equals("GET") && !sameOriginWrite(request, session)) {
      return pages.error(
          exchange,
          403,
          "This form has expired",
          "The change was not made: reload the page and try again.");
    }
    PortalRouter.Route route = match.get().route();
    if (route.access() != PortalRouter.Access.PUBLIC && !session.signedIn()) {
      return PortalResponse.redirect(request, SignInPages.PATH);
    }
    if (route.access() == PortalRouter.Access.VENDOR && !session.vendor()) {
      return pages.error(
          exchange,
          403,
          "You cannot open this page",
          "This page is for the program's vendor. Partners see their customers under Customers.");
    }
    try {
      return route.handler().handle(exchange);
    } catch (RuntimeException e) {
      LOG.error("Portal error on {} {}", request.method(), request.path(), e);
      return pages.error(
          exchange, 500, "Something went wrong", "The server could not show this page.");
    }
  }

  /**
   * A write is accepted only from the portal's own pages: the browser says so ({@code Origin} the
   * server's own, or {@code Sec-Fetch-Site: same-origin}), and it carries the session's token.
   */
  private static boolean sameOriginWrite(PortalRequest request, Session session) {
    String origin = request.header("Origin");
    String host = request.header("Host");
    if (origin != null && (host == null || !origin.equalsIgnoreCase("http://" + host))) {
      return false;
    }
    String fetchSite = request.header("Sec-Fetch-Site");
    if (fetchSite != null && !fetchSite.equals("same-origin")) {
      return false;
    }
    String token = request.formValue(CSRF_FIELD);
    if (token == null) {
      token = request.header(CSRF_HEADER);
    }
    return token != null
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8),
            session.csrfToken().getBytes(StandardCharsets.UTF_8));
  }
}
