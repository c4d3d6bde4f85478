package dev.cprops.connector.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The one OkHttpClient every customer-properties client derives from (with {@code newBuilder()}),
 * so they all share its connection pool and dispatcher.
 *
 * <p>OkHttp's own silent retry on connection failure is off: resilience4j decides about every
 * retry, so each one is counted, delayed and reconciled.
 *
 * <p>The pool keeps up to {@value #IDLE_CONNECTIONS} idle connections (OkHttp's default is 5), as
 * many as a batch has requests in flight at most: with fewer, a batch of 8 or more threads closes
 * and reopens connections all the time, since each thread leaves its connection idle while it
 * prepares its next record.
 */
final class SharedHttpClient {
  static final int IDLE_CONNECTIONS = 32;

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
            .connectionPool(new ConnectionPool(IDLE_CONNECTIONS, 5, TimeUnit.MINUTES))
            .build();
  }
}
