package dev.cprops.mock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import dev.cprops.mock.admin.CustomerPropertiesAdmin;
import dev.cprops.mock.admin.DemoSeeder;
import dev.cprops.mock.api.CustomerPropertiesApi;
import dev.cprops.mock.api.VendorCredentials;
import dev.cprops.mock.store.CustomerPropertiesStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A running mock of the customer-properties API: WireMock (Jetty 12) with the stateful API as
 * extensions, over an in-memory store.
 *
 * <pre>{@code
 * try (MockServer server = MockServer.builder().port(0).customers(50).build().start()) {
 *   String baseUrl = server.baseUrl();          // http://127.0.0.1:PORT/api/v2
 *   String user = server.publicKey();            // HTTP Basic user
 *   String password = server.secretKey();        // HTTP Basic password
 *   String janeKey = server.partnerKeys().get("partner_jane"); // Bearer key for /partner/...
 * }
 * }</pre>
 *
 * <p>Everything WireMock offers keeps working: stubs added through {@code /__admin/mappings} (at
 * WireMock's default priority) take precedence over the stateful API, and {@code /__admin/reset}
 * keeps the API in place. The server's own admin routes live under {@code
 * /__admin/customer-properties/} ({@code reset}, {@code seed}, {@code stats}).
 *
 * <p>Thread-safe. {@link #start()} may be called once; {@link #stop()} (or {@link #close()}) is
 * idempotent.
 */
public final class MockServer implements AutoCloseable {
  /** The API's path under the server's root. */
  public static final String BASE_PATH = "/api/v2";

  private final Builder settings;
  private final CustomerPropertiesStore store = new CustomerPropertiesStore();
  private final DemoSeeder seeder = new DemoSeeder(store);
  private final CustomerPropertiesApi api;
  private final WireMockServer wireMock;
  private boolean started;

  private MockServer(Builder settings) {
    this.settings = settings;
    this.api =
        new CustomerPropertiesApi(
            store, new VendorCredentials(settings.publicKey, settings.secretKey));
    List<Extension> extensions = new ArrayList<>(api.extensions());
    extensions.add(
        new CustomerPropertiesAdmin(
            store, seeder, settings.seed, settings.customers, api::requestsServed));
    WireMockConfiguration config =
        WireMockConfiguration.options()
            .port(settings.port)
            .bindAddress(settings.host)
            .containerThreads(32)
            .jettyAcceptors(1)
            .notifier(new Slf4jNotifier(false))
            // WireMock formats every request, its response definition (as JSON, the body in
            // base64) and the response for the notifier, which a non-verbose one then drops.
            .stubRequestLoggingDisabled(true)
            .extensions(extensions.toArray(Extension[]::new));
    if (!settings.journal) {
      config.disableRequestJournal();
    }
    this.wireMock = new WireMockServer(config);
  }

  /** A builder with the defaults: random port, 127.0.0.1, demo seed, 300 customers, demo keys. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Seeds the store and starts listening.
   *
   * @return this server
   * @throws IllegalStateException when called twice
   */
  public synchronized MockServer start() {
    if (started) {
      throw new IllegalStateException("already started");
    }
    started = true;
    seeder.seed(settings.seed, settings.customers);
    wireMock.start();
    return this;
  }

  /** Stops listening; idempotent. */
  public synchronized void stop() {
    if (wireMock.isRunning()) {
      wireMock.stop();
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** The port listened on (the actual one when built with port 0). */
  public int port() {
    return wireMock.port();
  }

  public String host() {
    return settings.host;
  }

  /** The server's root, e.g. {@code http://127.0.0.1:4010}. */
  public String rootUrl() {
    return "http://" + settings.host + ":" + port();
  }

  /** The API's base URL, e.g. {@code http://127.0.0.1:4010/api/v2}. */
  public String baseUrl() {
    return rootUrl() + BASE_PATH;
  }

  /** WireMock's admin root, e.g. {@code http://127.0.0.1:4010/__admin}. */
  public String adminUrl() {
    return rootUrl() + "/__admin";
  }

  /** The vendor's public key: the HTTP Basic user. */
  public String publicKey() {
    return settings.publicKey;
  }

  /** The vendor's secret key: the HTTP Basic password. */
  public String secretKey() {
    return settings.secretKey;
  }

  /** The API keys of the seeded demo partners by partner_key (empty after an empty seed). */
  public Map<String, String> partnerKeys() {
    return seeder.partnerKeys();
  }

  /** Empties the store: no partners, properties or customers; the vendor keys stay valid. */
  public void reset() {
    seeder.clear();
  }

  /** Replaces the store's contents with the seed the server was built with. */
  public Map<String, String> reseed() {
    return seed(settings.seed, settings.customers);
  }

  /**
   * Replaces the store's contents.
   *
   * @param customers how many demo customers; ignored for {@link Seed#EMPTY}
   * @return the seeded partners' API keys by partner_key
   */
  public Map<String, String> seed(Seed seed, int customers) {
    return seeder.seed(Objects.requireNonNull(seed, "seed"), customers);
  }

  /** The in-memory store behind the API, for tests that set up or inspect state directly. */
  public CustomerPropertiesStore store() {
    return store;
  }

  /** How many API requests the server has answered since start. */
  public long requestsServed() {
    return api.requestsServed();
  }

  /**
   * Settings of a {@link MockServer}; every setter rejects a bad value at once. Defaults: port 0
   * (random), host {@code 127.0.0.1}, {@link Seed#DEMO}, 300 customers, public key {@value
   * #DEFAULT_PUBLIC_KEY}, secret key {@value #DEFAULT_SECRET_KEY}, request journal off.
   */
  public static final class Builder {
    public static final String DEFAULT_PUBLIC_KEY = "pk_demo_public";
    public static final String DEFAULT_SECRET_KEY = "sk_demo_secret";
    public static final int DEFAULT_CUSTOMERS = 300;

    private int port = 0;
    private String host = "127.0.0.1";
    private Seed seed = Seed.DEMO;
    private int customers = DEFAULT_CUSTOMERS;
    private String publicKey = DEFAULT_PUBLIC_KEY;
    private String secretKey = DEFAULT_SECRET_KEY;
    private boolean journal;

    private Builder() {}

    /** The port to listen on, 0 for a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** The address to bind to, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}. */
    public Builder host(String host) {
      this.host = requireText(host, "host");
      return this;
    }

    public Builder seed(Seed seed) {
      this.seed = Objects.requireNonNull(seed, "seed");
      return this;
    }

    /** How many demo customers to seed (0 or more; ignored for {@link Seed#EMPTY}). */
    public Builder customers(int customers) {
      if (customers < 0) {
        throw new IllegalArgumentException("customers must be 0 or more, was " + customers);
      }
      this.customers = customers;
      return this;
    }

    public Builder publicKey(String publicKey) {
      this.publicKey = requireText(publicKey, "public key");
      if (publicKey.contains(":")) {
        throw new IllegalArgumentException("public key must not contain ':' (HTTP Basic user)");
      }
      return this;
    }

    public Builder secretKey(String secretKey) {
      this.secretKey = requireText(secretKey, "secret key");
      return this;
    }

    /** Whether WireMock's request journal records requests (off by default, for speed). */
    public Builder journal(boolean journal) {
      this.journal = journal;
      return this;
    }

    /** A server with these settings, not started yet. */
    public MockServer build() {
      return new MockServer(this);
    }

    private static String requireText(String value, String what) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank");
      }
      return value;
    }
  }
}
