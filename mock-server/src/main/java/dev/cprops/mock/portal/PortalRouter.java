package dev.cprops.mock.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The portal's routes: method, path template ({@code /customers/{id}}), who may call, handler. */
final class PortalRouter {
  /** Who may call a route. */
  enum Access {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** The vendor or a partner. */
    SIGNED_IN,
    /** The vendor only: a partner gets a 403 page. */
    VENDOR
  }

  /** Answers a request. */
  @FunctionalInterface
  interface Handler {
    PortalResponse handle(Exchange exchange);
  }

  record Route(String method, String[] segments, Access access, Handler handler) {}

  /** A route matched, with its path parameters. */
  record Match(Route route, Map<String, String> params) {}

  private final List<Route> routes = new ArrayList<>();

  PortalRouter add(String method, String template, Access access, Handler handler) {
    routes.add(new Route(method, split(template), access, handler));
    return this;
  }

  /** The route for a request, or empty ({@link #pathKnown} tells a 405 from a 404). */
  Optional<Match> find(String method, String path) {
    String[] segments = split(path);
    for (Route route : routes) {
      if (!route.method().equals(method)) {
        continue;
      }
      Map<String, String> params = match(route.segments(), segments);
      if (params != null) {
        return Optional.of(new Match(route, params));
      }
    }
    return Optional.empty();
  }

  /** Whether some route has this path under another method. */
  boolean pathKnown(String path) {
    String[] segments = split(path);
    return routes.stream().anyMatch(r -> match(r.segments(), segments) != null);
  }

  private static Map<String, String> match(String[] template, String[] segments) {
    if (template.length != segments.length) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < template.length; i++) {
      String part = template[i];
      if (part.startsWith("{")) {
        if (segments[i].isEmpty()) {
          return null;
        }
        params.put(part.substring(1, part.length() - 1), decodeSegment(segments[i]));
      } else if (!part.equals(segments[i])) {
        return null;
      }
    }
    return params;
  }

  private static String decodeSegment(String segment) {
    return PortalRequest.decode(segment.replace("+", "%2B"));
  }

  private static String[] split(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    if (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
  }
}
