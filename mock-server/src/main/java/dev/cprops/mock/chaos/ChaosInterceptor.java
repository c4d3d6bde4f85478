package dev.cprops.mock.chaos;

import dev.cprops.mock.api.ApiInterceptor;
import dev.cprops.mock.api.ApiRequest;
import dev.cprops.mock.api.ApiResponse;
import java.util.List;

/**
 * Injects the faults a {@link ChaosController} chooses into API calls. A fault in {@link
 * Phase#BEFORE_WRITE} answers without handling the call (a write is not applied; a delay holds the
 * call before it is handled); in {@link Phase#AFTER_WRITE} the call is handled first, then its
 * answer is replaced (a write is applied, but the client sees a 500, 503, 429 or a reset
 * connection) or held back (a delay).
 *
 * <p>Injected answers use the error envelope and carry {@code X-Mock-Chaos: <fault> <phase>} (a
 * delay: {@code delay <phase> <ms>ms}, on the real answer), so a client's logs show what was
 * staged. It runs after the rate limiter (a refused request is not disturbed) and before
 * authentication, so every call to {@code /api/v2} can be hit; admin routes never pass here.
 */
public final class ChaosInterceptor implements ApiInterceptor {
  public static final String HEADER = "X-Mock-Chaos";

  private final ChaosController controller;
  private final Sleeper sleeper;

  public ChaosInterceptor(ChaosController controller, Sleeper sleeper) {
    this.controller = controller;
    this.sleeper = sleeper;
  }

  @Override
  public ApiResponse intercept(ApiRequest request, Chain chain) {
    Injection injection = controller.next();
    if (injection == null) {
      return chain.proceed(request);
    }
    if (injection.fault() == Fault.DELAY) {
      if (injection.phase() == Phase.BEFORE_WRITE) {
        pause(injection.delayMillis());
        return chain.proceed(request).withHeader(HEADER, describe(injection));
      }
      ApiResponse response = chain.proceed(request);
      pause(injection.delayMillis());
      return response.withHeader(HEADER, describe(injection));
    }
    if (injection.phase() == Phase.AFTER_WRITE) {
      chain.proceed(request);
    }
    return faultResponse(injection);
  }

  private ApiResponse faultResponse(Injection injection) {
    return switch (injection.fault()) {
      case SERVER_ERROR ->
          ApiResponse.error(500, "Internal server error", List.of())
              .withHeader(HEADER, describe(injection));
      case SERVICE_UNAVAILABLE ->
          ApiResponse.error(503, "Service unavailable", List.of())
              .withHeader(HEADER, describe(injection));
      case TOO_MANY_REQUESTS ->
          ApiResponse.error(429, "Too Many Requests", List.of())
              .withHeader("Retry-After", Integer.toString(injection.retryAfterSeconds()))
              .withHeader(HEADER, describe(injection));
      case CONNECTION_RESET -> ApiResponse.resetConnection();
      case DELAY -> throw new IllegalArgumentException("a delay is not an answer");
    };
  }

  private void pause(long millis) {
    try {
      sleeper.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String describe(Injection injection) {
    String text = injection.fault().apiName() + " " + injection.phase().apiName();
    return injection.fault() == Fault.DELAY ? text + " " + injection.delayMillis() + "ms" : text;
  }
}
