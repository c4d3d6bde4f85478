package dev.cprops.mock.api;

import java.util.Map;

/** Answers one route. */
@FunctionalInterface
interface RouteHandler {
  ApiResponse handle(ApiRequest request, Map<String, String> pathParams);
}
