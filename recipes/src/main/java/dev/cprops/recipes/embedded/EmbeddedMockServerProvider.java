package dev.cprops.recipes.embedded;

import dev.cprops.connector.spi.Connector;
import dev.cprops.mock.MockServer;
import dev.cprops.recipes.connections.ConnectionProvider;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The default connection of the sample apps: when a command needs a connection for {@code
 * customer_properties} or {@code crm} and the user gave none, starts one in-process {@link
 * MockServer} with demo data (on a free port of 127.0.0.1, once per command; stopped when the
 * command ends), makes one partner edit on it (so a recipe that picks up partner edits has one to
 * pick up: {@link DemoPartnerEdit}) and answers its base URL and demo keys. Says so on stderr,
 * without the keys. Other apps (such as {@code http}, whose token would go to any URL) get no
 * default. Registered with {@link java.util.ServiceLoader}.
 */
public final class EmbeddedMockServerProvider implements ConnectionProvider {
  static final String CUSTOMER_PROPERTIES = "customer_properties";
  static final String CRM = "crm";

  private final PrintStream notices;
  private final Supplier<MockServer.Builder> settings;
  private MockServer server;

  /** For {@link java.util.ServiceLoader}: demo data, notices on {@code System.err}. */
  public EmbeddedMockServerProvider() {
    this(System.err, MockServer::builder);
  }

  /**
   * @param notices where the "using the embedded mock server" line goes
   * @param settings the server to start (port and host are set to a free port on 127.0.0.1)
   */
  public EmbeddedMockServerProvider(PrintStream notices, Supplier<MockServer.Builder> settings) {
    this.notices = notices;
    this.settings = settings;
  }

  @Override
  public Optional<Map<String, Object>> defaultConnection(Connector connector) {
    if (!connector.id().equals(CUSTOMER_PROPERTIES) && !connector.id().equals(CRM)) {
      return Optional.empty();
    }
    return connectionValues(server(), connector.id());
  }

  @Override
  public boolean supplies(Connector connector) {
    return connector.id().equals(CUSTOMER_PROPERTIES) || connector.id().equals(CRM);
  }

  /**
   * The connection values of an app for a running mock server: {@code customer_properties} (vendor
   * keys) and {@code crm} (the CRM's base URL and access token); empty for other apps.
   */
  public static Optional<Map<String, Object>> connectionValues(MockServer mock, String appId) {
    Map<String, Object> values = new LinkedHashMap<>();
    switch (appId) {
      case CUSTOMER_PROPERTIES -> {
        values.put("base_url", mock.baseUrl());
        values.put("auth_type", "vendor");
        values.put("public_key", mock.publicKey());
        values.put("secret_key", mock.secretKey());
      }
      case CRM -> {
        values.put("base_url", mock.crmBaseUrl());
        values.put("access_token", mock.crmAccessToken());
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(values);
  }

  @Override
  public String describe() {
    return "the embedded demo mock server at "
        + (server == null ? "a free port of 127.0.0.1" : server.rootUrl())
        + " (demo data, gone when the command ends)";
  }

  /** The running server, if one was started. */
  public Optional<MockServer> running() {
    return Optional.ofNullable(server);
  }

  private MockServer server() {
    if (server == null) {
      server = settings.get().port(0).host("127.0.0.1").build().start();
      String edit =
          DemoPartnerEdit.make(server)
              .map(made -> "; a partner edit made just now: " + made)
              .orElse("");
      notices.println(
          "Using the embedded mock server at " + server.rootUrl() + " (demo data" + edit + ")");
      notices.flush();
    }
    return server;
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop();
    }
  }
}
