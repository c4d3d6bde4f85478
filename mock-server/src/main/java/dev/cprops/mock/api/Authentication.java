package dev.cprops.mock.api;

import dev.cprops.mock.store.CustomerPropertiesStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Authenticates API requests: HTTP Basic with the vendor keys everywhere except under {@code
 * /partner/}, where a partner's API key is required as {@code Authorization: Bearer <key>}. The
 * OpenAPI document needs no credentials. Anything else: 401 {@code
 * {"message":"Unauthorized","status":401}}.
 */
final class Authentication implements ApiInterceptor {
  private final VendorCredentials vendor;
  private final CustomerPropertiesStore store;

  Authentication(VendorCredentials vendor, CustomerPropertiesStore store) {
    this.vendor = vendor;
    this.store = store;
  }

  @Override
  public ApiResponse intercept(ApiRequest request, Chain chain) {
    String path = request.path();
    if (!path.startsWith(ApiRoutes.BASE_PATH + "/") || path.equals(OpenApiRoute.PATH)) {
      return chain.proceed(request.withCaller(Caller.ANONYMOUS));
    }
    String authorization = request.header("Authorization");
    Caller caller =
        path.startsWith(ApiRoutes.BASE_PATH + "/partner/")
            ? partner(authorization)
            : vendor(authorization);
    return chain.proceed(request.withCaller(caller));
  }

  private Caller vendor(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      throw ApiException.unauthorized();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.unauthorized();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw ApiException.unauthorized();
    }
    boolean userMatches = constantTimeEquals(decoded.substring(0, colon), vendor.publicKey());
    boolean passwordMatches = constantTimeEquals(decoded.substring(colon + 1), vendor.secretKey());
    if (!(userMatches && passwordMatches)) {
      throw ApiException.unauthorized();
    }
    return Caller.VENDOR;
  }

  private Caller partner(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiException.unauthorized();
    }
    String apiKey = authorization.substring(7).trim();
    return store
        .partnerKeyForApiKey(apiKey)
        .map(Caller::partner)
        .orElseThrow(ApiException::unauthorized);
  }

  private static boolean constantTimeEquals(String given, String expected) {
    return MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
