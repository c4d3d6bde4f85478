package dev.cprops.mock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import dev.cprops.mock.admin.CustomerPropertiesAdmin;
import dev.cprops.mock.adminclient.MockServerAdmin;
import dev.cprops.mock.api.ApiRequest;
import dev.cprops.mock.api.CallerIdentifier;
import dev.cprops.mock.api.CustomerPropertiesApi;
import dev.cprops.mock.api.VendorCredentials;
import dev.cprops.mock.chaos.ChaosAdmin;
import dev.cprops.mock.chaos.ChaosController;
import dev.cprops.mock.chaos.ChaosInterceptor;
import dev.cprops.mock.chaos.ChaosSettings;
import dev.cprops.mock.chaos.Sleeper;
import dev.cprops.mock.crm.Crm;
import dev.cprops.mock.crm.DemoCompanies;
import dev.cprops.mock.http.CredentialCheck;
import dev.cprops.mock.http.FrontDoorServerFactory;
import dev.cprops.mock.http.FrontDoorSettings;
import dev.cprops.mock.persistence.DurableState;
import dev.cprops.mock.persistence.RecoveryReport;
import dev.cprops.mock.portal.Portal;
import dev.cprops.mock.portal.PortalBackend;
import dev.cprops.mock.ratelimit.FixedWindowRateLimiter;
import dev.cprops.mock.ratelimit.RateLimitAdmin;
import dev.cprops.mock.ratelimit.RateLimits;
import dev.cprops.mock.seed.DemoSeeder;
import dev.cprops.mock.seed.Seed;
import dev.cprops.mock.store.CustomerPropertiesStore;
import dev.cprops.mock.webhooks.WebhookSettings;
import dev.cprops.mock.webhooks.Webhooks;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * /__admin/customer-properties/} ({@code reset}, {@code seed}, {@code stats}, {@code rate-limit},
 * {@code chaos}); a reset or seed deletes the webhooks too.
 *
 * <p>The portal, the product's own screens (sign-in, Settings > Properties, Customers, developer
 * panels), is served at {@code /} ({@link #portalUrl()}) over the same store, rules and webhooks as
 * the API ({@code portal.Portal}).
 *
 * <p>Every request first passes the {@linkplain dev.cprops.mock.http.FrontDoor front door}: admin
 * routes answer only this machine's pages ({@code Origin}, {@code Host}, JSON or {@code
 * X-Requested-By} for writes, and the {@linkplain Builder#adminToken admin token} when set); a
 * request without valid API or CRM credentials has its body left unread; a body is read without
 * holding a thread and refused past {@linkplain Builder#maxBodySize its limit} (413), when it
 * stalls or crawls ({@linkplain Builder#readTimeout 408}); every error is JSON.
 *
 * <p>API requests pass, in order: the rate limiter (per credential, {@link Builder#rateLimit}),
 * chaos (random faults, off unless set), error handling, authentication, the routes. Webhooks
 * ({@code /api/v2/webhooks}) are delivered by a background dispatcher with the builder's {@code
 * webhook*} settings; {@link #stop()} stops it at once.
 *
 * <p>With a {@linkplain Builder#dataDir(Path) data directory} the state is durable: every write
 * answered 2xx survives {@code kill -9} and a restart ({@link DurableState}): the store, the
 * webhooks (with the events still to deliver) and the CRM's companies. The seed is then applied
 * only when the directory holds no state yet; a restart keeps the data it finds.
 *
 * <p>Thread-safe. {@link #start()} may be called once; {@link #stop()} (or {@link #close()}) is
 * idempotent.
 */
public final class MockServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MockServer.class);

  /** The API's path under the server's root. */
  public static final String BASE_PATH = "/api/v2";

  /** How many of the demo CRM's companies have no customer yet: a first sync creates them. */
  public static final int DEMO_CRM_PROSPECTS = DemoCompanies.PROSPECTS;

  /** How many of the demo CRM's companies carry a value the connector must refuse. */
  public static final int DEMO_CRM_BROKEN = DemoCompanies.BROKEN;

  private final Builder settings;
  private final CustomerPropertiesStore store = new CustomerPropertiesStore();
  private final DemoSeeder seeder = new DemoSeeder(store);
  private final FixedWindowRateLimiter rateLimiter;
  private final ChaosController chaos;
  private final Webhooks webhooks;
  private final CustomerPropertiesApi api;
  private final Crm crm;
  private final WireMockServer wireMock;
  private DurableState persistence;
  private boolean started;

  private MockServer(Builder settings) {
    this.settings = settings;
    VendorCredentials vendor = new VendorCredentials(settings.publicKey, settings.secretKey);
    CallerIdentifier callers = new CallerIdentifier(vendor, store);
    this.rateLimiter = new FixedWindowRateLimiter(settings.rateLimit, settings.clock);
    this.chaos = new ChaosController(settings.chaos);
    this.webhooks = new Webhooks(settings.webhooks, CustomerPropertiesApi.vendorViews());
    store.addListener(webhooks.storeListener());
    this.api =
        new CustomerPropertiesApi(
            store,
            vendor,
            webhooks,
            List.of(
                new RateLimits(rateLimiter, callers),
                new ChaosInterceptor(chaos, Sleeper.THREAD_SLEEP)));
    this.crm = new Crm(settings.crmAccessToken);
    seeder.onSeed(crm::seed);
    List<Extension> extensions = new ArrayList<>(api.extensions());
    extensions.addAll(crm.extensions());
    Portal portal =
        new Portal(
            new PortalBackend(
                store,
                webhooks,
                chaos,
                rateLimiter,
                vendor,
                settings.publicKey.equals(Builder.DEFAULT_PUBLIC_KEY)
                    && settings.secretKey.equals(Builder.DEFAULT_SECRET_KEY),
                seeder::partnerKeys,
                this::reset,
                this::reseed));
    extensions.addAll(portal.extensions());
    extensions.add(new RateLimitAdmin(rateLimiter));
    extensions.add(new ChaosAdmin(chaos));
    extensions.add(
        new CustomerPropertiesAdmin(
            store,
            seeder,
            settings.seed,
            settings.customers,
            api::requestsServed,
            webhooks,
            crm.store()));
    WireMockConfiguration config =
        WireMockConfiguration.options()
            .port(settings.port)
            .bindAddress(settings.host)
            .containerThreads(32)
            .jettyAcceptors(1)
            // HTTP/1.1 only: WireMock injects connection faults (chaos, and stubs with a fault)
            // through the raw socket, which an h2c-upgraded connection does not expose.
            .http2PlainDisabled(true)
            .notifier(new Slf4jNotifier(false))
            // WireMock formats every request, its response definition (as JSON, the body in
            // base64) and the response for the notifier, which a non-verbose one then drops.
            .stubRequestLoggingDisabled(true)
            .extensions(extensions.toArray(Extension[]::new))
            .httpServerFactory(
                new FrontDoorServerFactory(
                    settings.frontDoor(), credentials(callers, crm), portal.eventStreams()));
    if (!settings.journal) {
      config.disableRequestJournal();
    }
    this.wireMock = new WireMockServer(config);
  }

  /** Whether a request's headers carry the credentials its API or CRM route needs. */
  private static CredentialCheck credentials(CallerIdentifier callers, Crm crm) {
    return (path, headers) ->
        path.startsWith(Crm.BASE_PATH + "/")
            ? crm.admits(path, headers.apply("Authorization"))
            : callers.identify(new ApiRequest("GET", path, null, headers, null, null)).isPresent();
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
    if (settings.dataDir != null) {
      persistence =
          DurableState.open(
              settings.dataDir,
              List.of(store.durablePart(), webhooks.durablePart(), crm.durablePart()));
      seeder.attachWriteLog(persistence.writeLog());
    }
    try {
      if (persistence == null || persistence.recovery().fresh()) {
        seeder.seed(settings.seed, settings.customers);
      } else {
        seeder.recallDemoPartners();
      }
      startListening();
      if (settings.adminToken == null && !isLoopback(settings.host)) {
        LOG.warn(
            "Listening on {} without an admin token: anyone who can reach port {} can reset,"
                + " reseed or shut down this server through /__admin. Bind to 127.0.0.1 or"
                + " set an admin token (--admin-token).",
            settings.host,
            port());
      }
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
    return this;
  }

  /**
   * Stops listening and delivering webhooks (at once: queued events are dropped, but with a data
   * directory they stay recorded and are delivered after a restart); idempotent.
   */
  public synchronized void stop() {
    webhooks.close();
    if (wireMock.isRunning()) {
      wireMock.stop();
    }
    if (persistence != null) {
      persistence.close();
      persistence = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Whether /__admin requests need the admin token. */
  public boolean adminTokenRequired() {
    return settings.adminToken != null;
  }

  /** The limits enforced on every request before WireMock sees it (body size, read time...). */
  public FrontDoorSettings frontDoorSettings() {
    return settings.frontDoor();
  }

  /** The port listened on (the actual one when built with port 0). */
  public int port() {
    return wireMock.port();
  }

  /**
   * Starts WireMock; a taken port is a {@link PortInUseException} rather than WireMock's nested
   * startup failure.
   */
  private void startListening() {
    try {
      wireMock.start();
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
        if (t instanceof java.net.BindException) {
          throw new PortInUseException(settings.host, settings.port, e);
        }
      }
      throw e;
    }
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

  /** The portal (the product's web pages), e.g. {@code http://127.0.0.1:4010/}. */
  public String portalUrl() {
    return rootUrl() + "/";
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

  /** The CRM's base URL, e.g. {@code http://127.0.0.1:4010/crm/v3}. */
  public String crmBaseUrl() {
    return rootUrl() + Crm.BASE_PATH;
  }

  /** The CRM's access token: {@code Authorization: Bearer <token>} on {@code /crm/...}. */
  public String crmAccessToken() {
    return crm.accessToken();
  }

  /**
   * The demo CRM's companies as its CSV export (what the sample recipe {@code
   * crm-export-to-customers} reads), for a server seeded with {@code customers} demo customers.
   */
  public static String demoCrmExportCsv(int customers) {
    return DemoCompanies.csvExport(customers);
  }

  /**
   * A typed client for this server's admin routes (reset, seed, chaos, rate limit, latency, stats,
   * deliveries): the way other modules' tests and users' tests change and read its state.
   */
  public MockServerAdmin admin() {
    return MockServerAdmin.of(rootUrl());
  }

  /**
   * The HubSpot-style CRM served beside the API (seeded, reset and reseeded with the store). Like
   * {@link #store()}, {@link #rateLimiter()}, {@link #chaos()} and {@link #webhooks()}: for the
   * mock server's own tests; other code uses {@link #admin()}.
   */
  public Crm crm() {
    return crm;
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

  /** The data directory's state found at start; empty without a data directory or before start. */
  public synchronized Optional<RecoveryReport> recovery() {
    return Optional.ofNullable(persistence).map(DurableState::recovery);
  }

  /** The in-memory store behind the API, for tests that set up or inspect state directly. */
  public CustomerPropertiesStore store() {
    return store;
  }

  /** The per-credential rate limiter: its limit can be changed while the server runs. */
  public FixedWindowRateLimiter rateLimiter() {
    return rateLimiter;
  }

  /** The fault injection over API calls: settings and stats. */
  public ChaosController chaos() {
    return chaos;
  }

  /** The webhook subscriptions and their deliveries. */
  public Webhooks webhooks() {
    return webhooks;
  }

  /** The webhook settings the server was built with. */
  public WebhookSettings webhookSettings() {
    return settings.webhooks;
  }

  /** How many API requests the server has answered since start. */
  public long requestsServed() {
    return api.requestsServed();
  }

  /**
   * Settings of a {@link MockServer}; every setter rejects a bad value at once. Defaults: port 0
   * (random), host {@code 127.0.0.1}, {@link Seed#DEMO}, 300 customers, public key {@value
   * #DEFAULT_PUBLIC_KEY}, secret key {@value #DEFAULT_SECRET_KEY}, CRM access token {@value
   * #DEFAULT_CRM_ACCESS_TOKEN}, request journal off, a rate limit of {@value
   * FixedWindowRateLimiter#DEFAULT_LIMIT} requests per minute per credential, chaos off, webhooks
   * as {@link WebhookSettings#DEFAULTS}, no data directory.
   */
  public static final class Builder {
    public static final String DEFAULT_PUBLIC_KEY = "pk_demo_public";
    public static final String DEFAULT_SECRET_KEY = "sk_demo_secret";
    public static final int DEFAULT_CUSTOMERS = 300;
    public static final String DEFAULT_CRM_ACCESS_TOKEN = "crm_demo_token";

    private int port = 0;
    private String host = "127.0.0.1";
    private Seed seed = Seed.DEMO;
    private int customers = DEFAULT_CUSTOMERS;
    private String publicKey = DEFAULT_PUBLIC_KEY;
    private String secretKey = DEFAULT_SECRET_KEY;
    private boolean journal;
    private int rateLimit = FixedWindowRateLimiter.DEFAULT_LIMIT;
    private InstantSource clock = InstantSource.system();
    private ChaosSettings chaos = ChaosSettings.OFF;
    private WebhookSettings webhooks = WebhookSettings.DEFAULTS;
    private Path dataDir;
    private String crmAccessToken = DEFAULT_CRM_ACCESS_TOKEN;
    private long maxBodySize = FrontDoorSettings.DEFAULT_MAX_API_BODY_BYTES;
    private long maxAdminBodySize = FrontDoorSettings.DEFAULT_MAX_OTHER_BODY_BYTES;
    private Duration readTimeout = FrontDoorSettings.DEFAULT_READ_TIMEOUT;
    private long minDataRate = FrontDoorSettings.DEFAULT_MIN_DATA_RATE;
    private String adminToken;

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

    /** Requests per minute per credential; 0 turns rate limiting off. */
    public Builder rateLimit(int requestsPerMinute) {
      if (requestsPerMinute < 0 || requestsPerMinute > FixedWindowRateLimiter.MAX_LIMIT) {
        throw new IllegalArgumentException(
            "rate limit must be 0 (off) to "
                + FixedWindowRateLimiter.MAX_LIMIT
                + " requests per minute, was "
                + requestsPerMinute);
      }
      this.rateLimit = requestsPerMinute;
      return this;
    }

    /** The clock of the rate-limit windows (the system clock unless a test needs to move time). */
    public Builder clock(InstantSource clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Chaos in force from the start (off by default; admin route {@code .../chaos} at run time).
     */
    public Builder chaos(ChaosSettings chaos) {
      this.chaos = Objects.requireNonNull(chaos, "chaos");
      return this;
    }

    /** Attempts per webhook event, the first included (1..100; default 6). */
    public Builder webhookAttempts(int attempts) {
      webhooks = webhooks.withMaxAttempts(attempts);
      return this;
    }

    /**
     * The wait after an event's first failed attempt, doubling after each further one (1 ms..1 h;
     * default 1 s).
     */
    public Builder webhookBackoff(Duration backoff) {
      webhooks = webhooks.withBackoff(backoff);
      return this;
    }

    /** How long one delivery attempt may take, connecting included (1 ms..10 min; default 5 s). */
    public Builder webhookTimeout(Duration timeout) {
      webhooks = webhooks.withTimeout(timeout);
      return this;
    }

    /**
     * How many events may wait per webhook, retries included (default 10 000); an event that finds
     * the queue full is dropped and recorded in the webhook's deliveries as attempt 0, {@code
     * queue_full}.
     */
    public Builder webhookQueueCapacity(int capacity) {
      webhooks = webhooks.withQueueCapacity(capacity);
      return this;
    }

    /**
     * Keeps the state durable in this directory (created when missing); null (the default) keeps it
     * in memory only. The seed is applied only when the directory holds no state yet.
     */
    public Builder dataDir(Path dataDir) {
      this.dataDir = dataDir;
      return this;
    }

    /** The CRM's access token, sent as {@code Authorization: Bearer <token>}. */
    public Builder crmAccessToken(String crmAccessToken) {
      this.crmAccessToken = requireText(crmAccessToken, "CRM access token");
      return this;
    }

    /**
     * The largest request body of the API and the CRM, in bytes (default 1 MiB); a larger one is
     * answered 413 before it is read whole.
     */
    public Builder maxBodySize(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("max body size must be 1 byte or more, was " + bytes);
      }
      this.maxBodySize = bytes;
      return this;
    }

    /**
     * The largest request body of every other route: WireMock's {@code /__admin} (mappings imports)
     * and stubs users add (default 10 MiB).
     */
    public Builder maxAdminBodySize(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException(
            "max admin body size must be 1 byte or more, was " + bytes);
      }
      this.maxAdminBodySize = bytes;
      return this;
    }

    /** The longest wait for the next bytes of a request body, then 408 (default 10 s). */
    public Builder readTimeout(Duration timeout) {
      if (timeout == null || timeout.toMillis() < 1) {
        throw new IllegalArgumentException("read timeout must be 1 ms or more, was " + timeout);
      }
      this.readTimeout = timeout;
      return this;
    }

    /**
     * The slowest a request may arrive, in bytes per second averaged from its start, once its first
     * 5 seconds have passed; then 408 (default 1024; 0 turns the check off).
     */
    public Builder minDataRate(long bytesPerSecond) {
      if (bytesPerSecond < 0) {
        throw new IllegalArgumentException(
            "minimum data rate must be 0 (off) or more, was " + bytesPerSecond);
      }
      this.minDataRate = bytesPerSecond;
      return this;
    }

    /**
     * A token every {@code /__admin} request must carry as {@code Authorization: Bearer <token>};
     * null (the default) for none. Without one, admin routes still refuse other origins and foreign
     * host names.
     */
    public Builder adminToken(String adminToken) {
      this.adminToken = adminToken == null ? null : requireText(adminToken, "admin token");
      return this;
    }

    FrontDoorSettings frontDoor() {
      return new FrontDoorSettings(
          maxBodySize, maxAdminBodySize, readTimeout, minDataRate, adminToken, host);
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
