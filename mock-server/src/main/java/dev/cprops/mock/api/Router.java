package dev.cprops.mock.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dispatches requests to route handlers: no route for the path is 404; a route for the path but not
 * the method is 405 with an {@code Allow} header. Every GET route answers HEAD too. Each route
 * declares the query parameters it takes; any other one is refused here, before the handler runs
 * ({@code 400 unknown_parameter}, as a parameter given twice is {@code 400 duplicate_parameter}),
 * so every route is as strict.
 */
final class Router {
  private record Route(
      String method, PathPattern pattern, Set<String> queryParameters, RouteHandler handler) {}

  private final List<Route> routes = new ArrayList<>();

  /** A route that takes no query parameters. */
  Router add(String method, String template, RouteHandler handler) {
    return add(method, template, Set.of(), handler);
  }

  /** A route that takes these query parameters (its handler reads their values). */
  Router add(String method, String template, Set<String> queryParameters, RouteHandler handler) {
    routes.add(new Route(method, new PathPattern(template), Set.copyOf(queryParameters), handler));
    return this;
  }

  ApiResponse dispatch(ApiRequest request) {
    // HEAD is answered as GET is; the server sends no body back to a HEAD.
    String method = request.method().equals("HEAD") ? "GET" : request.method();
    String[] segments = PathPattern.segments(request.path());
    Set<String> allowed = new LinkedHashSet<>();
    for (Route route : routes) {
      Optional<Map<String, String>> params = route.pattern.match(segments);
      if (params.isEmpty()) {
        continue;
      }
      if (route.method.equals(method)) {
        QueryParameters.parse(request.rawQuery()).allowOnly(route.queryParameters);
        return route.handler.handle(request, params.get());
      }
      allowed.add(route.method);
      if (route.method.equals("GET")) {
        allowed.add("HEAD");
      }
    }
    if (allowed.isEmpty()) {
      throw ApiException.of(404, "Not found: no route for " + request.path());
    }
    String allow = String.join(", ", allowed);
    throw new ApiException(
        405,
        "Method " + request.method() + " not allowed on " + request.path() + ": allowed " + allow,
        List.of(),
        Map.of("Allow", allow));
  }
}
