package dev.cprops.mock.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code GET /api/v2/openapi.yaml}: the OpenAPI document shipped in the jar, without credentials;
 * 404 when the jar holds none.
 */
final class OpenApiRoute {
  static final String PATH = ApiRoutes.BASE_PATH + "/openapi.yaml";
  static final String RESOURCE = "/openapi/customer-properties.yaml";

  void register(Router router) {
    router.add("GET", PATH, (request, params) -> serve());
  }

  private ApiResponse serve() {
    try (InputStream in = OpenApiRoute.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw ApiException.of(404, "Not found: this build ships no OpenAPI document");
      }
      return new ApiResponse(200, Map.of("Content-Type", "application/yaml"), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
