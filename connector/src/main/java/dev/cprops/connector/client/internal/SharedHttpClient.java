package dev.cprops.connector.client.internal;

import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The one OkHttpClient every customer-properties client derives from (with {@code newBuilder()}),
 * so they all share its connection pool and dispatcher.
 *
 * <p>OkHttp's own silent retry on connection failure is off: resilience4j decides about every
 * retry, so each one is counted, delayed and reconciled.
 */
public final class SharedHttpClient {
  private SharedHttpClient() {}

  public static OkHttpClient get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final OkHttpClient INSTANCE =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(30))
            .writeTimeout(Duration.ofSeconds(30))
            .callTimeout(Duration.ofSeconds(60))
            .retryOnConnectionFailure(false)
            .build();
  }
}
