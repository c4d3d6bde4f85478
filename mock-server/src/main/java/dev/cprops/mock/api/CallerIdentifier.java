package dev.cprops.mock.api;

import dev.cprops.mock.store.CustomerPropertiesStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * Tells who makes a request from the credentials it presents: HTTP Basic with the vendor keys
 * everywhere except under {@code /partner/}, where a partner's API key is required as {@code
 * Authorization: Bearer <key>}. The OpenAPI document and paths outside the API need none ({@link
 * Caller#ANONYMOUS}).
 *
 * <p>Used by {@link Authentication}, and by interceptors that run before it and need the caller
 * (rate limits count per credential). Every request is checked, with constant-time comparisons; the
 * header of the vendor keys as clients usually spell it ({@code Basic}, standard Base64 with
 * padding) is compared whole, other spellings are decoded first. Thread-safe; never throws for bad
 * input.
 */
public final class CallerIdentifier {
  private final VendorCredentials vendor;
  private final CustomerPropertiesStore store;

  /** {@code Basic base64(public:secret)}: what clients send, compared without decoding it. */
  private final byte[] vendorHeader;

  public CallerIdentifier(VendorCredentials vendor, CustomerPropertiesStore store) {
    this.vendor = vendor;
    this.store = store;
    String credentials = vendor.publicKey() + ":" + vendor.secretKey();
    this.vendorHeader =
        ("Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
            .getBytes(StandardCharsets.UTF_8);
  }

  /** The caller, or empty when the request lacks valid credentials for its path (a 401). */
  public Optional<Caller> identify(ApiRequest request) {
    String path = request.path();
    if (!path.startsWith(ApiRoutes.BASE_PATH + "/") || path.equals(OpenApiRoute.PATH)) {
      return Optional.of(Caller.ANONYMOUS);
    }
    String authorization = request.header("Authorization");
    return path.startsWith(ApiRoutes.BASE_PATH + "/partner/")
        ? partner(authorization)
        : vendor(authorization);
  }

  private Optional<Caller> vendor(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    if (MessageDigest.isEqual(authorization.getBytes(StandardCharsets.UTF_8), vendorHeader)) {
      return Optional.of(Caller.VENDOR); // the usual spelling: no decoding needed
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    boolean userMatches = constantTimeEquals(decoded.substring(0, colon), vendor.publicKey());
    boolean passwordMatches = constantTimeEquals(decoded.substring(colon + 1), vendor.secretKey());
    return userMatches && passwordMatches ? Optional.of(Caller.VENDOR) : Optional.empty();
  }

  private Optional<Caller> partner(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    String apiKey = authorization.substring(7).trim();
    return store.partnerKeyForApiKey(apiKey).map(Caller::partner);
  }

  private static boolean constantTimeEquals(String given, String expected) {
    return MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
