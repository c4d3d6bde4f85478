package dev.cprops.connector.it;

import dev.cprops.connector.CustomerPropertiesConnector;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.testkit.ConnectorContract;
import dev.cprops.mock.junit.MockServerInfo;
import dev.cprops.mock.junit.MockServerTest;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer-properties connector keeps the SPI's contract, found the way every platform finds it
 * (ServiceLoader) and checked against the real mock server, with a vendor and a partner connection.
 */
@MockServerTest(customers = 30, rateLimit = 0)
class ConnectorContractTest {
  private final CustomerPropertiesConnector connector =
      ServiceLoader.load(dev.cprops.connector.spi.Connector.class).stream()
          .map(ServiceLoader.Provider::get)
          .filter(CustomerPropertiesConnector.class::isInstance)
          .map(CustomerPropertiesConnector.class::cast)
          .findFirst()
          .orElseThrow();
  private MockServerInfo server;

  @BeforeEach
  void reseed(MockServerInfo server) {
    this.server = server;
    server.reseed();
  }

  @Test
  void vendorConnection_keepsTheContract() {
    Connection vendor =
        connector.connect(
            Map.of(
                "base_url", server.baseUrl(),
                "auth_type", "vendor",
                "public_key", server.publicKey(),
                "secret_key", server.secretKey()));

    ConnectorContract.of(connector, vendor)
        .actionInput("list_properties", Map.of())
        .actionInput("search_customers", Map.of())
        .actionInput("suggest_mapping", Map.of("columns", List.of("Account ID", "Plan", "Notes")))
        .verify();
  }

  @Test
  void partnerConnection_keepsTheContract() {
    Connection partner =
        connector.connect(
            Map.of(
                "base_url", server.baseUrl(),
                "auth_type", "partner",
                "partner_api_key", server.partnerKey("partner_jane")));

    ConnectorContract.of(connector, partner)
        .actionInput("suggest_mapping", Map.of("columns", List.of("Customer Key", "Seats")))
        .verify();
  }
}
