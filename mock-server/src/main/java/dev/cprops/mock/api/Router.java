package dev.cprops.mock.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dispatches requests to route handlers: no route for the path is 404; a route for the path but not
 * the method is 405 with an {@code Allow} header. Every GET route answers HEAD too.
 */
final class Router {
  private record Route(String method, PathPattern pattern, RouteHandler handler) {}

  private final List<Route> routes = new ArrayList<>();

  Router add(String method, String template, RouteHandler handler) {
    routes.add(new Route(method, new PathPattern(template), handler));
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
