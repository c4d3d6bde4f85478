package dev.cprops.kafka.sink;

import dev.cprops.kafka.PluginVersion;
import dev.cprops.kafka.config.LiveValidation;
import dev.cprops.kafka.config.PluginConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * A Kafka Connect sink that writes records through an action of an SPI connector (by default the
 * connector's first batch action, e.g. {@code batch_upsert_customers}). Every task gets the same
 * configuration; Connect spreads the topic partitions over them.
 */
public class SpiSinkConnector extends SinkConnector {
  private Map<String, String> props;

  @Override
  public String version() {
    return PluginVersion.get();
  }

  @Override
  public void start(Map<String, String> props) {
    PluginConfig.parse(SinkKind.INSTANCE, props);
    this.props = Map.copyOf(props);
  }

  @Override
  public Class<? extends Task> taskClass() {
    return SpiSinkTask.class;
  }

  @Override
  public List<Map<String, String>> taskConfigs(int maxTasks) {
    List<Map<String, String>> configs = new ArrayList<>(maxTasks);
    for (int i = 0; i < maxTasks; i++) {
      configs.add(props);
    }
    return configs;
  }

  @Override
  public void stop() {}

  @Override
  public ConfigDef config() {
    return PluginConfig.defaultDefinition(SinkKind.INSTANCE);
  }

  @Override
  public Config validate(Map<String, String> connectorConfigs) {
    return LiveValidation.validate(SinkKind.INSTANCE, connectorConfigs);
  }
}
