package dev.cprops.recipes.connections;

import dev.cprops.connector.spi.Connector;
import java.util.Map;
import java.util.Optional;

/**
 * Supplies a default connection for an app the user gave no connection for (neither in the
 * connections file nor in environment variables), e.g. by starting a local test server and
 * answering with its base URL and keys.
 *
 * <p>Providers are found with {@link java.util.ServiceLoader} (a {@code
 * META-INF/services/dev.cprops.recipes.connections.ConnectionProvider} file) or passed in directly;
 * they are asked in order, and the first answer wins. They are consulted only by commands that need
 * a working connection ({@code run}, {@code exec}, {@code validate --live}), at most once per app
 * and command, and closed when the command ends (stop what you started in {@link #close()}); {@code
 * validate} without {@code --live} only asks {@link #supplies}. Called from one thread.
 */
public interface ConnectionProvider extends AutoCloseable {

  /**
   * The connection values to use for this connector, keyed by connection field name; empty when
   * this provider has none for it.
   *
   * @throws dev.cprops.connector.spi.ConnectorException if the provider cannot supply it
   */
  Optional<Map<String, Object>> defaultConnection(Connector connector);

  /**
   * Whether this provider has a default connection for this connector, without making one (so
   * without starting anything). The default asks {@link #defaultConnection}; override it when that
   * is costly.
   */
  default boolean supplies(Connector connector) {
    return defaultConnection(connector).isPresent();
  }

  /**
   * What this provider's connections point at, for the line that tells the user a default is in
   * use, e.g. {@code "the embedded demo mock server at http://127.0.0.1:4321 (demo data)"}; asked
   * after {@link #defaultConnection} answered. Never holds a secret.
   */
  default String describe() {
    return "a default connection";
  }

  /** Releases what the provider started; the default does nothing. */
  @Override
  default void close() {}
}
