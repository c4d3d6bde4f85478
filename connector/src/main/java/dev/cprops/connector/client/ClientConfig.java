package dev.cprops.connector.client;

import dev.cprops.connector.spi.RetryListener;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Everything a {@link CustomerPropertiesClient} needs; immutable. {@code toString()} never shows a
 * secret.
 *
 * <p>Build one with {@link #custom()}; only the credentials are required. The HTTP client defaults
 * to one shared {@link OkHttpClient} (one connection pool for every client of the process); each
 * {@link CustomerPropertiesClient} derives its own from it with {@code newBuilder()}.
 */
public final class ClientConfig {
  /** The real service. */
  public static final String DEFAULT_BASE_URL = "https://api.partnerstack.com/api/v2";

  private final HttpUrl baseUrl;
  private final Credentials credentials;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final DoubleSupplier jitterSource;
  private final HttpLogger logger;
  private final HttpLogger.Level logLevel;
  private final OkHttpClient httpClient;
  private final RetryListener retryListener;

  private ClientConfig(Builder b) {
    this.baseUrl = b.baseUrl;
    this.credentials = b.credentials;
    this.retryPolicy = b.retryPolicy;
    this.sleeper = b.sleeper;
    this.jitterSource = b.jitterSource;
    this.logger = b.logger;
    this.logLevel = b.logLevel;
    this.httpClient = b.httpClient;
    this.retryListener = b.retryListener;
  }

  /** The defaults with these credentials. */
  public static ClientConfig ofDefaults(Credentials credentials) {
    return custom().credentials(credentials).build();
  }

  public static Builder custom() {
    return new Builder();
  }

  /** A builder holding this configuration's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.baseUrl = baseUrl;
    b.credentials = credentials;
    b.retryPolicy = retryPolicy;
    b.sleeper = sleeper;
    b.jitterSource = jitterSource;
    b.logger = logger;
    b.logLevel = logLevel;
    b.httpClient = httpClient;
    b.retryListener = retryListener;
    return b;
  }

  public HttpUrl baseUrl() {
    return baseUrl;
  }

  public Credentials credentials() {
    return credentials;
  }

  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  public Sleeper sleeper() {
    return sleeper;
  }

  public DoubleSupplier jitterSource() {
    return jitterSource;
  }

  public HttpLogger logger() {
    return logger;
  }

  public HttpLogger.Level logLevel() {
    return logLevel;
  }

  /** The HTTP client to derive from, or {@code null} for the shared default. */
  public OkHttpClient httpClient() {
    return httpClient;
  }

  /** Hears each wait before a retry (and rate-limit pacing waits); none by default. */
  public RetryListener retryListener() {
    return retryListener;
  }

  @Override
  public String toString() {
    return "ClientConfig[baseUrl="
        + baseUrl
        + ", credentials="
        + credentials
        + ", retryPolicy="
        + retryPolicy
        + ", logLevel="
        + logLevel
        + "]";
  }

  /** Builds a {@link ClientConfig}; each setter rejects a bad value at once. */
  public static final class Builder {
    private HttpUrl baseUrl = HttpUrl.get(DEFAULT_BASE_URL);
    private Credentials credentials;
    private RetryPolicy retryPolicy = RetryPolicy.ofDefaults();
    private Sleeper sleeper = Sleeper.THREAD;
    private DoubleSupplier jitterSource = () -> ThreadLocalRandom.current().nextDouble();
    private HttpLogger logger = HttpLogger.SYSTEM;
    private HttpLogger.Level logLevel = HttpLogger.Level.BASIC;
    private OkHttpClient httpClient;
    private RetryListener retryListener = RetryListener.NONE;

    private Builder() {}

    /**
     * The API root, e.g. {@code http://127.0.0.1:8080/api/v2}.
     *
     * @throws IllegalArgumentException if it is not an http or https URL
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      HttpUrl parsed = HttpUrl.parse(baseUrl.trim());
      if (parsed == null) {
        throw new IllegalArgumentException("baseUrl is not an http or https URL: " + baseUrl);
      }
      this.baseUrl = parsed;
      return this;
    }

    public Builder baseUrl(HttpUrl baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Values in {@code [0, 1)} choosing each wait within the jitter range. */
    public Builder jitterSource(DoubleSupplier jitterSource) {
      this.jitterSource = Objects.requireNonNull(jitterSource, "jitterSource");
      return this;
    }

    public Builder logger(HttpLogger logger, HttpLogger.Level level) {
      this.logger = Objects.requireNonNull(logger, "logger");
      this.logLevel = Objects.requireNonNull(level, "level");
      return this;
    }

    /** A client to derive from instead of the shared default (e.g. with other timeouts). */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * Who hears the client's waits: before each retry (with the reason, the attempt and the wait)
     * and each retried call that got its answer; e.g. a connection's {@link
     * dev.cprops.connector.spi.Connection#retries()}.
     */
    public Builder retryListener(RetryListener retryListener) {
      this.retryListener = Objects.requireNonNull(retryListener, "retryListener");
      return this;
    }

    /**
     * @throws IllegalStateException if no credentials were set
     */
    public ClientConfig build() {
      if (credentials == null) {
        throw new IllegalStateException("credentials are required");
      }
      return new ClientConfig(this);
    }
  }
}
