package dev.cprops.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.kafka.harness.SecretsFile;
import dev.cprops.kafka.sink.SpiSinkConnector;
import dev.cprops.kafka.source.SpiSourceConnector;
import dev.cprops.mock.MockServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.connect.runtime.rest.entities.ConfigInfo;
import org.apache.kafka.connect.runtime.rest.entities.ConfigInfos;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Connect's validate endpoint: bad settings come back as named errors, choices are live. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(NoSecretInLog.class)
class ConfigValidationIT {
  MockServer server;
  EmbeddedConnectCluster cluster;

  final SecretsFile secrets = SecretsFile.create();

  @BeforeAll
  void start() {
    server = MockServer.builder().port(0).customers(0).rateLimit(0).build().start();
    cluster = ConnectClusters.start("validate-it", Map.of());
  }

  @AfterAll
  void stop() {
    if (cluster != null) {
      cluster.stop();
    }
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void aGoodConfigurationPassesAndOffersLiveChoices() {
    ConfigInfos infos = validate(SpiSourceConnector.class, source(Map.of()));
    assertThat(errors(infos)).isEmpty();
    assertThat(info(infos, "trigger").configValue().recommendedValues())
        .contains("new_customer", "new_or_updated_customer");
    assertThat(info(infos, "fields.include").configValue().recommendedValues())
        .contains("mrr", "industry", "subscription_plan");
    assertThat(info(infos, "connection.secret_key").configKey().type()).isEqualTo("PASSWORD");
    assertThat(info(infos, "connection.secret_key").configValue().value())
        .doesNotContain(server.secretKey());
  }

  @Test
  void badSettingsAreNamedErrors() {
    Map<String, String> props =
        sink(Map.of("connection.auth_type", "oauth", "input.match_by", "zip"));
    props.remove("connection.public_key");
    Map<String, List<String>> errors = errors(validate(SpiSinkConnector.class, props));
    assertThat(errors.get("connection.auth_type")).anyMatch(e -> e.contains("vendor, partner"));
    assertThat(errors.get("input.match_by")).isNotEmpty();

    errors = errors(validate(SpiSinkConnector.class, sink(Map.of("action", "launch_rocket"))));
    assertThat(errors.get("action"))
        .anyMatch(e -> e.contains("launch_rocket") && e.contains("batch_upsert_customers"));
  }

  @Test
  void aWrongKeyOrAnUnreachableApiIsAValidationError() {
    Map<String, List<String>> errors =
        errors(validate(SpiSinkConnector.class, sink(Map.of("connection.secret_key", "wrong"))));
    assertThat(errors.get("connection.secret_key")).anyMatch(e -> e.contains("401"));
    assertThat(errors.toString()).doesNotContain("wrong");

    errors =
        errors(
            validate(
                SpiSinkConnector.class,
                sink(Map.of("connection.base_url", "http://127.0.0.1:9/api/v2"))));
    assertThat(errors.get("connection.base_url")).anyMatch(e -> e.contains("could not be tested"));
  }

  private Map<String, String> sink(Map<String, String> overrides) {
    Map<String, String> props = connection();
    props.put("connector.class", SpiSinkConnector.class.getName());
    props.put("topics", "crm");
    props.put("input.partner_key", "partner_jane");
    props.putAll(overrides);
    return props;
  }

  private Map<String, String> source(Map<String, String> overrides) {
    Map<String, String> props = connection();
    props.put("connector.class", SpiSourceConnector.class.getName());
    props.put("topic", "changes");
    props.put("trigger", "new_or_updated_customer");
    props.putAll(overrides);
    return props;
  }

  private Map<String, String> connection() {
    Map<String, String> props = new HashMap<>();
    props.put("name", "validated");
    props.put("connection.base_url", server.baseUrl());
    props.put("connection.auth_type", "vendor");
    props.put("connection.public_key", server.publicKey());
    props.put("connection.secret_key", secrets.reference("secret_key", server.secretKey()));
    return props;
  }

  private ConfigInfos validate(Class<?> connector, Map<String, String> props) {
    return cluster.validateConnectorConfig(connector.getSimpleName(), props);
  }

  private static ConfigInfo info(ConfigInfos infos, String name) {
    return infos.configs().stream()
        .filter(c -> c.configValue().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no config " + name));
  }

  private static Map<String, List<String>> errors(ConfigInfos infos) {
    return infos.configs().stream()
        .filter(c -> !c.configValue().errors().isEmpty())
        .collect(Collectors.toMap(c -> c.configValue().name(), c -> c.configValue().errors()));
  }
}
