package dev.cprops.kafka.source;

import dev.cprops.kafka.PluginVersion;
import dev.cprops.kafka.config.LiveValidation;
import dev.cprops.kafka.config.PluginConfig;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.ConnectorTransactionBoundaries;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * A Kafka Connect source that publishes the events of a polling trigger of an SPI connector. One
 * trigger is one ordered stream with one cursor, so it runs as one task whatever {@code tasks.max}
 * says; Connect moves it to another worker when its worker goes.
 *
 * <p>Exactly-once: supported. The cursor is the whole state and re-polling from a committed cursor
 * yields the same events after it, so with {@code exactly.once.source.support=enabled} on the
 * workers each poll's records and the offset after them commit in one transaction (the default poll
 * boundaries).
 */
public class SpiSourceConnector extends SourceConnector {
  private Map<String, String> props;

  @Override
  public String version() {
    return PluginVersion.get();
  }

  @Override
  public void start(Map<String, String> props) {
    PluginConfig.parse(SourceKind.INSTANCE, props);
    this.props = Map.copyOf(props);
  }

  @Override
  public Class<? extends Task> taskClass() {
    return SpiSourceTask.class;
  }

  @Override
  public List<Map<String, String>> taskConfigs(int maxTasks) {
    return List.of(props);
  }

  @Override
  public void stop() {}

  @Override
  public ConfigDef config() {
    return PluginConfig.defaultDefinition(SourceKind.INSTANCE);
  }

  @Override
  public Config validate(Map<String, String> connectorConfigs) {
    return LiveValidation.validate(SourceKind.INSTANCE, connectorConfigs);
  }

  @Override
  public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> connectorConfig) {
    return ExactlyOnceSupport.SUPPORTED;
  }

  @Override
  public ConnectorTransactionBoundaries canDefineTransactionBoundaries(
      Map<String, String> connectorConfig) {
    return ConnectorTransactionBoundaries.UNSUPPORTED;
  }
}
