package dev.cprops.mock.api;

/**
 * Authenticates API requests with a {@link CallerIdentifier}: a request without valid credentials
 * for its path is answered 401 {@code {"message":"Unauthorized","status":401}}. A caller already
 * identified by an earlier interceptor (the rate limiter identifies callers to count per
 * credential) is kept, so credentials are checked once per request.
 */
final class Authentication implements ApiInterceptor {
  private final CallerIdentifier identifier;

  Authentication(CallerIdentifier identifier) {
    this.identifier = identifier;
  }

  @Override
  public ApiResponse intercept(ApiRequest request, Chain chain) {
    if (request.caller() != null) {
      return chain.proceed(request);
    }
    Caller caller = identifier.identify(request).orElseThrow(ApiException::unauthorized);
    return chain.proceed(request.withCaller(caller));
  }
}
