package dev.cprops.mock.crm;

import dev.cprops.mock.api.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code GET /crm/v3/openapi.yaml}: the CRM's OpenAPI document shipped in the jar, without a token
 * (as the API's own {@code /api/v2/openapi.yaml}); 404 when the jar holds none.
 */
final class CrmOpenApi {
  static final String PATH = Crm.BASE_PATH + "/openapi.yaml";
  static final String RESOURCE = "/openapi/crm.yaml";

  private CrmOpenApi() {}

  static ApiResponse serve(String method) {
    if (!method.equals("GET")) {
      throw new CrmException(
          405, "METHOD_NOT_ALLOWED", "Method " + method + " is not allowed here");
    }
    try (InputStream in = CrmOpenApi.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw CrmException.notFound("this build ships no CRM OpenAPI document");
      }
      return new ApiResponse(200, Map.of("Content-Type", "application/yaml"), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
