package dev.cprops.kafka.config;

import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.PickOption;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.common.config.ConfigDef;

/** The recommenders behind the choices Connect's validate endpoint offers. */
final class Recommenders {
  private Recommenders() {}

  /** Choices that need no connection, e.g. the connector's actions. */
  static ConfigDef.Recommender fixed(Supplier<List<String>> values) {
    return new ConfigDef.Recommender() {
      @Override
      public List<Object> validValues(String name, Map<String, Object> parsedConfig) {
        return List.copyOf(values.get());
      }

      @Override
      public boolean visible(String name, Map<String, Object> parsedConfig) {
        return true;
      }
    };
  }

  /** The options of a select field. */
  static ConfigDef.Recommender options(Field field) {
    return fixed(() -> field.options().stream().map(PickOption::value).toList());
  }
}
