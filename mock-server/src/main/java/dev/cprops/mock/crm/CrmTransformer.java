package dev.cprops.mock.crm;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.cprops.mock.api.ApiRequest;
import dev.cprops.mock.api.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the CRM's stub: serves the CRM's OpenAPI document ({@link CrmOpenApi}, no token needed),
 * else checks the {@code Authorization: Bearer <access token>} header, runs the {@link CrmRoutes}
 * and turns rejections into HubSpot's error body. Not applied globally.
 */
final class CrmTransformer implements ResponseDefinitionTransformerV2 {
  static final String NAME = "crm-api";
  private static final Logger LOG = LoggerFactory.getLogger(CrmTransformer.class);

  private final CrmRoutes routes;
  private final byte[] accessToken;

  CrmTransformer(CrmRoutes routes, String accessToken) {
    this.routes = routes;
    this.accessToken = accessToken.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    ApiRequest request = toApiRequest(serveEvent.getRequest());
    ApiResponse response = answer(request);
    ResponseDefinitionBuilder builder =
        ResponseDefinitionBuilder.responseDefinition().withStatus(response.status());
    response.headers().forEach(builder::withHeader);
    return builder.withBody(response.body()).build();
  }

  ApiResponse answer(ApiRequest request) {
    try {
      if (request.method().equals("HEAD")) {
        request = withMethod(request, "GET"); // the server sends no body back to a HEAD
      }
      if (request.path().equals(CrmOpenApi.PATH)) {
        return CrmOpenApi.serve(request.method());
      }
      authenticate(request.header("Authorization"));
      return routes.handle(request);
    } catch (CrmException e) {
      return error(e.status(), e.category(), e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("Internal error on {} {}", request.method(), request.path(), e);
      return error(500, "INTERNAL_ERROR", "internal error");
    }
  }

  /** Whether an {@code Authorization} header carries the access token. */
  boolean authorizes(String authorization) {
    return authorization != null
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        && MessageDigest.isEqual(
            authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8), accessToken);
  }

  private void authenticate(String authorization) {
    if (!authorizes(authorization)) {
      throw new CrmException(
          401,
          "INVALID_AUTHENTICATION",
          "Authentication credentials not found. This API supports OAuth 2.0 authentication and"
              + " private app access tokens.");
    }
  }

  static ApiResponse error(int status, String category, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "error");
    body.put("message", message);
    body.put("correlationId", UUID.randomUUID().toString());
    body.put("category", category);
    return ApiResponse.json(status, body);
  }

  private static ApiRequest withMethod(ApiRequest request, String method) {
    return new ApiRequest(
        method,
        request.path(),
        request.rawQuery(),
        request.headers(),
        request.body(),
        request.caller(),
        request.clientAddress());
  }

  private static ApiRequest toApiRequest(Request request) {
    String url = request.getUrl();
    int question = url.indexOf('?');
    return new ApiRequest(
        request.getMethod().getName(),
        question < 0 ? url : url.substring(0, question),
        question < 0 ? null : url.substring(question + 1),
        name -> {
          HttpHeader header = request.header(name);
          return header.isPresent() ? header.firstValue() : null;
        },
        request.getBody(),
        null);
  }
}
