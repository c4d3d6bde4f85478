package dev.cprops.kafka.config;

import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.Inputs;
import dev.cprops.connector.spi.Json;
import dev.cprops.connector.spi.Operation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * A plugin configuration: which SPI connector, which of its operations (an action for the sink, a
 * polling trigger for the source), the connection ({@code connection.<field>}), the operation's
 * inputs ({@code input.<field>}) and the platform's own keys.
 *
 * <p>The {@link ConfigDef} is derived from the SPI: every connection field and operation input
 * becomes a key with its type, documentation, default, importance, group and validator; secrets
 * ({@link ControlType#PASSWORD}) become {@link Type#PASSWORD}, which Connect never logs nor shows.
 */
public final class PluginConfig {
  /** The SPI connector to run, by id. */
  public static final String CONNECTOR = "spi.connector";

  public static final String CONNECTION_PREFIX = "connection.";
  public static final String INPUT_PREFIX = "input.";
  static final String CONNECTION_GROUP = "Connection";

  /** What a plugin runs: the sink's actions or the source's polling triggers. */
  public interface OperationKind {
    /** The key naming the operation, e.g. {@code "action"}. */
    String key();

    /** The operations of that kind a connector offers. */
    List<? extends Operation> operations(Connector connector);

    /** The operation used when the configuration names none. */
    Operation defaultOperation(Connector connector);

    /** Inputs the platform fills in itself (e.g. the sink's records), left out of the config. */
    Set<String> platformInputs(Operation operation);

    /** The plugin's own keys (topics, retries, ...). */
    void definePlatformKeys(ConfigDef def, Function<Map<String, Object>, Connection> connections);
  }

  private final Connector connector;
  private final Operation operation;
  private final AbstractConfig values;
  private final ConfigDef definition;

  private PluginConfig(
      Connector connector, Operation operation, ConfigDef definition, Map<String, String> props) {
    this.connector = connector;
    this.operation = operation;
    this.definition = definition;
    this.values = new AbstractConfig(definition, props, false);
  }

  /**
   * Parses a configuration.
   *
   * @throws ConfigException naming the key and the value when one cannot be used
   */
  public static PluginConfig parse(OperationKind kind, Map<String, String> props) {
    Connector connector = SpiConnectors.get(props.get(CONNECTOR));
    Operation operation = operation(kind, connector, props.get(kind.key()));
    return new PluginConfig(connector, operation, definition(kind, connector, operation), props);
  }

  /** The definition for the connector and operation a configuration names (or the defaults). */
  public static ConfigDef definition(OperationKind kind, Map<String, String> props) {
    Connector connector = SpiConnectors.get(props.get(CONNECTOR));
    return definition(kind, connector, operation(kind, connector, props.get(kind.key())));
  }

  /** The definition for the default connector and its default operation. */
  public static ConfigDef defaultDefinition(OperationKind kind) {
    Connector connector = SpiConnectors.defaultConnector();
    return definition(kind, connector, kind.defaultOperation(connector));
  }

  static Operation operation(OperationKind kind, Connector connector, String id) {
    if (id == null || id.isBlank()) {
      return kind.defaultOperation(connector);
    }
    return kind.operations(connector).stream()
        .filter(o -> o.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new ConfigException(
                    kind.key(),
                    id,
                    "connector '"
                        + connector.id()
                        + "' has no such "
                        + kind.key()
                        + "; it offers "
                        + String.join(
                            ", ",
                            kind.operations(connector).stream().map(Operation::id).toList())));
  }

  static ConfigDef definition(OperationKind kind, Connector connector, Operation operation) {
    ConfigDef def = new ConfigDef();
    Function<Map<String, Object>, Connection> connections = parsed -> connect(connector, parsed);
    def.define(
        CONNECTOR,
        Type.STRING,
        connector.id(),
        null,
        Importance.HIGH,
        "The connector to run, by id. This plugin holds: " + String.join(", ", SpiConnectors.ids()),
        "Connector",
        1,
        Width.MEDIUM,
        "Connector",
        Recommenders.fixed(SpiConnectors::ids));
    def.define(
        kind.key(),
        Type.STRING,
        kind.defaultOperation(connector).id(),
        null,
        Importance.HIGH,
        "The " + kind.key() + " to run: " + describe(kind.operations(connector)),
        "Connector",
        2,
        Width.MEDIUM,
        Character.toUpperCase(kind.key().charAt(0)) + kind.key().substring(1),
        Recommenders.fixed(() -> kind.operations(connector).stream().map(Operation::id).toList()));
    int order = 0;
    for (Field field : connector.connectionFields()) {
      define(def, CONNECTION_PREFIX, field, CONNECTION_GROUP, ++order);
    }
    String inputGroup = "Input of " + operation.id();
    order = 0;
    Set<String> platformInputs = kind.platformInputs(operation);
    for (Field field : operation.inputFields(null)) {
      if (!platformInputs.contains(field.name())) {
        define(def, INPUT_PREFIX, field, inputGroup, ++order);
      }
    }
    kind.definePlatformKeys(def, connections);
    return def;
  }

  private static String describe(List<? extends Operation> operations) {
    return String.join(
        "; ", operations.stream().map(o -> o.id() + " (" + o.title() + ")").toList());
  }

  private static void define(ConfigDef def, String prefix, Field field, String group, int order) {
    Type type = type(field);
    String doc = field.label() + (field.hint().isBlank() ? "" : ". " + field.hint());
    Object defaultValue = field.optional() ? null : ConfigDef.NO_DEFAULT_VALUE;
    def.define(
        prefix + field.name(),
        type,
        defaultValue,
        FieldValidators.of(field),
        field.optional() ? Importance.MEDIUM : Importance.HIGH,
        doc,
        group,
        order,
        type == Type.LIST || field.type() == FieldType.OBJECT ? Width.LONG : Width.MEDIUM,
        field.label(),
        field.options().isEmpty() ? null : Recommenders.options(field));
  }

  private static Type type(Field field) {
    if (field.controlType() == ControlType.PASSWORD) {
      return Type.PASSWORD;
    }
    return switch (field.type()) {
      case INTEGER -> Type.INT;
      case BOOLEAN -> Type.BOOLEAN;
      case ARRAY -> Type.LIST;
      default -> Type.STRING;
    };
  }

  /**
   * A connection from parsed configuration values (as a recommender or validator receives them).
   *
   * @throws dev.cprops.connector.spi.InputException if a required connection value is missing
   */
  static Connection connect(Connector connector, Map<String, Object> parsed) {
    return connector.connect(connectionValues(connector, parsed));
  }

  private static Map<String, Object> connectionValues(
      Connector connector, Map<String, Object> parsed) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Field field : connector.connectionFields()) {
      Object value = plain(parsed.get(CONNECTION_PREFIX + field.name()));
      if (value != null) {
        values.put(field.name(), value);
      }
    }
    return values;
  }

  private static Object plain(Object value) {
    return value instanceof Password p ? p.value() : value;
  }

  public Connector connector() {
    return connector;
  }

  public Operation operation() {
    return operation;
  }

  public ConfigDef definition() {
    return definition;
  }

  /** The values of the connection fields, secrets included (never log them). */
  public Map<String, Object> connectionValues() {
    return connectionValues(connector, new LinkedHashMap<>(values.values()));
  }

  /** A new connection with the configured values. */
  public Connection connect() {
    return connector.connect(connectionValues());
  }

  /** The operation's input: every configured {@code input.<field>}, typed as the SPI expects. */
  public Map<String, Object> input() {
    Map<String, Object> input = new LinkedHashMap<>();
    for (Field field : operation.inputFields(null)) {
      String key = INPUT_PREFIX + field.name();
      if (!definition.configKeys().containsKey(key)) {
        continue;
      }
      Object value = plain(values.values().get(key));
      if (Inputs.absent(value)) {
        continue;
      }
      input.put(field.name(), spiValue(field.type(), value));
    }
    return input;
  }

  private static Object spiValue(FieldType type, Object value) {
    if (!(value instanceof String text)) {
      return value;
    }
    return switch (type) {
      case NUMBER -> new BigDecimal(text.strip());
      case OBJECT -> Json.parseObject(text);
      default -> text.strip();
    };
  }

  public String getString(String key) {
    return values.getString(key);
  }

  public int getInt(String key) {
    return values.getInt(key);
  }

  public long getLong(String key) {
    return values.getLong(key);
  }

  public List<String> getList(String key) {
    return values.getList(key);
  }

  /** The connector's id and operation, e.g. {@code customer_properties/batch_upsert_customers}. */
  public String describe() {
    return connector.id() + "/" + operation.id();
  }
}
