package dev.cprops.connector.client;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Remembers the rate-limit headers of the latest response that carried all three; thread-safe. */
final class RateLimitInterceptor implements Interceptor {
  private final AtomicReference<RateLimitStatus> latest = new AtomicReference<>();

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    Long limit = parse(response.header("X-RateLimit-Limit"));
    Long remaining = parse(response.header("X-RateLimit-Remaining"));
    Long reset = parse(response.header("X-RateLimit-Reset"));
    if (limit != null && remaining != null && reset != null) {
      latest.set(new RateLimitStatus(limit, remaining, Instant.ofEpochSecond(reset)));
    }
    return response;
  }

  public Optional<RateLimitStatus> latest() {
    return Optional.ofNullable(latest.get());
  }

  private static Long parse(String header) {
    if (header == null) {
      return null;
    }
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
