package dev.cprops.kafka.config;

import dev.cprops.connector.spi.Connector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.apache.kafka.common.config.ConfigException;

/**
 * The SPI connectors the plugin can run: those {@link ServiceLoader} finds next to the plugin (in
 * its own class loader when Connect isolates plugins).
 */
public final class SpiConnectors {
  private static final List<Connector> ALL = load();

  private SpiConnectors() {}

  private static List<Connector> load() {
    List<Connector> found = new ArrayList<>();
    ServiceLoader.load(Connector.class, SpiConnectors.class.getClassLoader()).forEach(found::add);
    return List.copyOf(found);
  }

  /** Every connector found, in class-path order. */
  public static List<Connector> all() {
    return ALL;
  }

  /** The ids of every connector found. */
  public static List<String> ids() {
    return ALL.stream().map(Connector::id).toList();
  }

  /** The connector with that id, if one was found. */
  public static Optional<Connector> find(String id) {
    return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The connector used when a configuration names none: the first one found. */
  public static Connector defaultConnector() {
    if (ALL.isEmpty()) {
      throw new ConfigException(
          "No connector found: put a jar with META-INF/services/"
              + Connector.class.getName()
              + " in the plugin's lib directory");
    }
    return ALL.get(0);
  }

  /**
   * The connector with that id.
   *
   * @throws ConfigException naming the id and the ones found
   */
  public static Connector get(String id) {
    if (id == null || id.isBlank()) {
      return defaultConnector();
    }
    return find(id)
        .orElseThrow(
            () ->
                new ConfigException(
                    PluginConfig.CONNECTOR,
                    id,
                    "no such connector; the plugin holds " + String.join(", ", ids())));
  }
}
