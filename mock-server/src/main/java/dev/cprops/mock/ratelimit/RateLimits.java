package dev.cprops.mock.ratelimit;

import dev.cprops.mock.api.ApiInterceptor;
import dev.cprops.mock.api.ApiRequest;
import dev.cprops.mock.api.ApiResponse;
import dev.cprops.mock.api.Caller;
import dev.cprops.mock.api.CallerIdentifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rate-limit interceptor: counts each API request against its credential with a {@link
 * FixedWindowRateLimiter} and puts {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and
 * {@code X-RateLimit-Reset} (epoch seconds) on every response, errors included; over the limit it
 * answers {@code 429} in the error envelope with {@code Retry-After} (seconds) and the request goes
 * no further.
 *
 * <p>It runs first in the pipeline, before authentication, so that 401 answers are counted and
 * carry the headers too. The credential is the verified caller: the vendor keys count as {@code
 * vendor}, each partner's API key as {@code partner:<partner_key>}; requests without valid
 * credentials (answered 401) and those that need none (the OpenAPI document) count per client
 * address ({@code address:<ip>}; WireMock takes the address from {@code X-Forwarded-For} when
 * present). The caller it identified is passed on, so credentials are checked once.
 *
 * <p>With the limit at 0 the interceptor passes requests through untouched, without headers.
 */
public final class RateLimits implements ApiInterceptor {
  public static final String LIMIT = "X-RateLimit-Limit";
  public static final String REMAINING = "X-RateLimit-Remaining";
  public static final String RESET = "X-RateLimit-Reset";
  public static final String RETRY_AFTER = "Retry-After";

  private final FixedWindowRateLimiter limiter;
  private final CallerIdentifier identifier;

  public RateLimits(FixedWindowRateLimiter limiter, CallerIdentifier identifier) {
    this.limiter = limiter;
    this.identifier = identifier;
  }

  @Override
  public ApiResponse intercept(ApiRequest request, Chain chain) {
    if (limiter.limit() == 0) {
      return chain.proceed(request);
    }
    Optional<Caller> caller = identifier.identify(request);
    Quota quota = limiter.acquire(credential(caller, request.clientAddress()));
    if (quota.unlimited()) {
      return chain.proceed(request);
    }
    if (!quota.allowed()) {
      return withHeaders(tooManyRequests(quota), quota);
    }
    ApiResponse response = chain.proceed(caller.map(request::withCaller).orElse(request));
    return withHeaders(response, quota);
  }

  /** The counter a request is counted against. */
  static String credential(Optional<Caller> caller, String clientAddress) {
    if (caller.isPresent() && caller.get().equals(Caller.VENDOR)) {
      return "vendor";
    }
    if (caller.isPresent() && caller.get().isPartner()) {
      return "partner:" + caller.get().partnerKey();
    }
    return "address:" + (clientAddress == null ? "unknown" : clientAddress);
  }

  private static ApiResponse tooManyRequests(Quota quota) {
    String message =
        "Too Many Requests: the limit is "
            + quota.limit()
            + " requests per minute per credential; retry after "
            + quota.retryAfterSeconds()
            + " seconds";
    return ApiResponse.error(429, message, List.of())
        .withHeader(RETRY_AFTER, Long.toString(quota.retryAfterSeconds()));
  }

  private static ApiResponse withHeaders(ApiResponse response, Quota quota) {
    Map<String, String> headers = new LinkedHashMap<>(response.headers());
    headers.put(LIMIT, Integer.toString(quota.limit()));
    headers.put(REMAINING, Integer.toString(quota.remaining()));
    headers.put(RESET, Long.toString(quota.resetEpochSecond()));
    return new ApiResponse(response.status(), headers, response.body(), response.connectionReset());
  }
}
