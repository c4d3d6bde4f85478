package dev.cprops.kafka.config;

import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.InputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;

/**
 * Validates a configuration the way Connect's {@code PUT
 * /connector-plugins/{plugin}/config/validate} shows it: Connect's checks of each key first, then,
 * when they pass, a live check: the connection is made and tested with one cheap call and the
 * operation's fields are resolved through it. A wrong key or an unreachable API becomes an error on
 * the key at fault, never an exception.
 */
public final class LiveValidation {
  private LiveValidation() {}

  public static Config validate(PluginConfig.OperationKind kind, Map<String, String> props) {
    ConfigDef def;
    String choiceError = null;
    String choiceKey = null;
    try {
      def = PluginConfig.definition(kind, props);
    } catch (ConfigException e) {
      def = PluginConfig.defaultDefinition(kind);
      choiceError = e.getMessage();
      choiceKey =
          SpiConnectors.find(String.valueOf(props.get(PluginConfig.CONNECTOR))).isPresent()
                  || props.get(PluginConfig.CONNECTOR) == null
              ? kind.key()
              : PluginConfig.CONNECTOR;
    }
    Map<String, ConfigValue> values = new LinkedHashMap<>();
    for (ConfigValue value : def.validate(props)) {
      values.put(value.name(), value);
    }
    if (choiceError != null) {
      values.get(choiceKey).addErrorMessage(choiceError);
      return new Config(List.copyOf(values.values()));
    }
    boolean valid = values.values().stream().allMatch(v -> v.errorMessages().isEmpty());
    if (valid) {
      checkLive(kind, props, values);
    }
    return new Config(List.copyOf(values.values()));
  }

  private static void checkLive(
      PluginConfig.OperationKind kind, Map<String, String> props, Map<String, ConfigValue> values) {
    PluginConfig config = PluginConfig.parse(kind, props);
    String connectionKey = firstConnectionKey(config, ControlType.URL);
    try {
      Connection connection = config.connect();
      config.connector().test(connection);
      config.operation().inputFields(connection);
      config.operation().outputFields(connection);
    } catch (AuthException e) {
      for (Field field : config.connector().connectionFields()) {
        String key = PluginConfig.CONNECTION_PREFIX + field.name();
        if (field.controlType() == ControlType.PASSWORD && props.get(key) != null) {
          values.get(key).addErrorMessage(e.getMessage());
        }
      }
    } catch (InputException e) {
      String key = PluginConfig.CONNECTION_PREFIX + e.field();
      ConfigValue value = values.getOrDefault(key, values.get(connectionKey));
      value.addErrorMessage(e.getMessage());
    } catch (ConnectorException e) {
      values
          .get(connectionKey)
          .addErrorMessage("The connection could not be tested: " + e.getMessage());
    }
  }

  private static String firstConnectionKey(PluginConfig config, ControlType preferred) {
    List<Field> fields = config.connector().connectionFields();
    Field field =
        fields.stream().filter(f -> f.controlType() == preferred).findFirst().orElse(fields.get(0));
    return PluginConfig.CONNECTION_PREFIX + field.name();
  }
}
