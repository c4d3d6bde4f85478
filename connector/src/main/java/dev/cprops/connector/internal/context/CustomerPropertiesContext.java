package dev.cprops.connector.internal.context;

import dev.cprops.connector.CustomerPropertiesConnector;
import dev.cprops.connector.client.ClientConfig;
import dev.cprops.connector.client.CustomerPropertiesClient;
import dev.cprops.connector.client.PropertyDefinitionCache;
import dev.cprops.connector.internal.fields.CoercionSettings;
import dev.cprops.connector.internal.fields.ConnectionKind;
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

  public static CustomerPropertiesContext create(
      ConnectionSettings settings, UnaryOperator<ClientConfig.Builder> customizer, Clock clock) {
    ClientConfig config =
        customizer
            .apply(
                ClientConfig.custom()
                    .baseUrl(settings.baseUrl())
                    .credentials(settings.credentials()))
            .build();
    CustomerPropertiesClient client = CustomerPropertiesClient.create(config);
    return new CustomerPropertiesContext(
        settings, client, PropertyDefinitionCache.forClient(client, DEFINITIONS_TTL, clock));
  }
}
