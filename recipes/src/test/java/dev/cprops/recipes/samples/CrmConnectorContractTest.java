package dev.cprops.recipes.samples;

import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.testkit.ConnectorContract;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The recipes' CRM app keeps the connector SPI's contract against the mock server's CRM. */
class CrmConnectorContractTest {
  private static DemoServer demo;

  @BeforeAll
  static void start() {
    demo = new DemoServer(40);
  }

  @AfterAll
  static void stop() {
    demo.close();
  }

  @Test
  void crmApp_keepsTheContract() {
    Connector crm =
        ServiceLoader.load(Connector.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(c -> c.id().equals("crm"))
            .findFirst()
            .orElseThrow();
    Connection connection =
        crm.connect(
            Map.of(
                "base_url", demo.server.crmBaseUrl(),
                "access_token", demo.server.crmAccessToken()));

    ConnectorContract.verify(crm, connection);
  }
}
