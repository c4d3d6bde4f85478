package dev.cprops.connector.internal.context;

import dev.cprops.connector.CustomerPropertiesConnector;
import dev.cprops.connector.client.ClientConfig;
import dev.cprops.connector.client.CustomerPropertiesClient;
import dev.cprops.connector.client.PropertyDefinitionCache;
import dev.cprops.connector.internal.fields.CoercionSettings;
import dev.cprops.connector.internal.fields.ConnectionKind;
import dev.cprops.connector.spi.RetryListener;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * What the connector keeps per connection: its settings, its client and its definition cache.
 * Obtain it with {@link CustomerPropertiesConnector#context(dev.cprops.connector.spi.Connection)}.
 */
public record CustomerPropertiesContext(
    ConnectionSettings settings,
    CustomerPropertiesClient client,
    PropertyDefinitionCache definitions) {

  /** How long loaded property definitions are served before they are read again. */
  public static final Duration DEFINITIONS_TTL = Duration.ofMinutes(5);

  /** Whether the connection acts as the vendor or as a partner. */
  public ConnectionKind kind() {
    return client.isPartner() ? ConnectionKind.PARTNER : ConnectionKind.VENDOR;
  }

  /**
   * How the connection coerces mapped values (see {@link ConnectionSettings#coercionSettings()}).
   */
  public CoercionSettings coercionSettings() {
    return settings.coercionSettings();
  }

  /**
   * The context of a connection.
   *
   * @param retries hears the client's retries and waits (the connection's {@link
   *     dev.cprops.connector.spi.Connection#retries()})
   * @param customizer adjusts the client configuration after the base URL, credentials and listener
   *     are set
   */
  public static CustomerPropertiesContext create(
      ConnectionSettings settings,
      RetryListener retries,
      UnaryOperator<ClientConfig.Builder> customizer,
      Clock clock) {
    ClientConfig config =
        customizer
            .apply(
                ClientConfig.custom()
                    .baseUrl(settings.baseUrl())
                    .credentials(settings.credentials())
                    .retryListener(retries))
            .build();
    CustomerPropertiesClient client = CustomerPropertiesClient.create(config);
    return new CustomerPropertiesContext(
        settings, client, PropertyDefinitionCache.forClient(client, DEFINITIONS_TTL, clock));
  }
}
