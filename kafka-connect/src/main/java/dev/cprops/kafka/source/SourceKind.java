package dev.cprops.kafka.source;

import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.Operation;
import dev.cprops.connector.spi.PollingTrigger;
import dev.cprops.kafka.config.PluginConfig;
import dev.cprops.kafka.config.SpiConnectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/** The source's side of the configuration: a polling trigger, and the source's own keys. */
public final class SourceKind implements PluginConfig.OperationKind {
  public static final String TRIGGER = "trigger";
  public static final String TOPIC = "topic";
  public static final String POLL_INTERVAL_MS = "poll.interval.ms";
  public static final String KEY_FIELD = "key.field";
  public static final String DECIMAL_SCALE = "decimal.scale";
  public static final String FIELDS_INCLUDE = "fields.include";

  public static final SourceKind INSTANCE = new SourceKind();

  private SourceKind() {}

  @Override
  public String key() {
    return TRIGGER;
  }

  @Override
  public List<? extends Operation> operations(Connector connector) {
    return connector.triggers().stream()
        .filter(PollingTrigger.class::isInstance)
        .map(PollingTrigger.class::cast)
        .toList();
  }

  @Override
  public Operation defaultOperation(Connector connector) {
    List<? extends Operation> triggers = operations(connector);
    if (triggers.isEmpty()) {
      throw new ConfigException(
          "connector '" + connector.id() + "' has no polling trigger to run as a source");
    }
    return triggers.get(0);
  }

  @Override
  public Set<String> platformInputs(Operation operation) {
    return Set.of();
  }

  @Override
  public void definePlatformKeys(
      ConfigDef def, Function<Map<String, Object>, Connection> connections) {
    String group = "Source";
    def.define(
        TOPIC,
        Type.STRING,
        ConfigDef.NO_DEFAULT_VALUE,
        new ConfigDef.NonEmptyString(),
        Importance.HIGH,
        "The topic the trigger's events are written to.",
        group,
        1,
        Width.MEDIUM,
        "Topic");
    def.define(
        POLL_INTERVAL_MS,
        Type.LONG,
        5_000L,
        Range.between(10, 86_400_000),
        Importance.MEDIUM,
        "How long to wait between polls when the trigger has nothing more right now.",
        group,
        2,
        Width.SHORT,
        "Poll interval (ms)");
    def.define(
        KEY_FIELD,
        Type.STRING,
        "customer_key",
        new ConfigDef.NonEmptyString(),
        Importance.MEDIUM,
        "The event field used as the record key (a string).",
        group,
        3,
        Width.MEDIUM,
        "Key field");
    def.define(
        DECIMAL_SCALE,
        Type.INT,
        4,
        Range.between(0, 18),
        Importance.LOW,
        "Digits after the decimal point of number fields (Connect Decimal); longer values are"
            + " rounded half-even.",
        group,
        4,
        Width.SHORT,
        "Decimal scale");
    def.define(
        FIELDS_INCLUDE,
        Type.LIST,
        "",
        null,
        Importance.MEDIUM,
        "Fields of nested objects (e.g. property api_names under meta) to publish; empty for"
            + " all. The recommended values are the live ones.",
        group,
        5,
        Width.LONG,
        "Fields to include",
        new LiveFieldNames(connections));
  }

  /** The recommender listing the trigger's live nested field names (e.g. property api_names). */
  private static final class LiveFieldNames implements ConfigDef.Recommender {
    private final Function<Map<String, Object>, Connection> connections;

    LiveFieldNames(Function<Map<String, Object>, Connection> connections) {
      this.connections = connections;
    }

    @Override
    public List<Object> validValues(String name, Map<String, Object> parsedConfig) {
      try {
        Connection connection = connections.apply(parsedConfig);
        Object triggerId = parsedConfig.get(TRIGGER);
        Connector connector = SpiConnectors.get((String) parsedConfig.get(PluginConfig.CONNECTOR));
        Operation trigger =
            INSTANCE.operations(connector).stream()
                .filter(o -> o.id().equals(triggerId))
                .findFirst()
                .orElse(null);
        if (trigger == null) {
          return List.of();
        }
        List<Object> names = new ArrayList<>();
        for (Field field : trigger.outputFields(connection)) {
          if (field.type() == FieldType.OBJECT) {
            field.properties().forEach(p -> names.add(p.name()));
          }
        }
        return names;
      } catch (RuntimeException e) {
        return List.of();
      }
    }

    @Override
    public boolean visible(String name, Map<String, Object> parsedConfig) {
      return true;
    }
  }
}
