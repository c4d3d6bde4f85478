package dev.cprops.kafka.config;

import dev.cprops.connector.spi.Connector;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.apache.kafka.common.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SPI connectors the plugin can run: those {@link ServiceLoader} finds next to the plugin (in
 * its own class loader when Connect isolates plugins). A provider that cannot be loaded (say one
 * named by a service file on the worker's class path, whose class implements the worker's copy of
 * the SPI rather than the plugin's) is skipped with a warning: it never takes the others down.
 */
public final class SpiConnectors {
  private static final Logger log = LoggerFactory.getLogger(SpiConnectors.class);
  private static final List<Connector> ALL = load();

  private SpiConnectors() {}

  private static List<Connector> load() {
    List<Connector> found = new ArrayList<>();
    Iterator<Connector> providers =
        ServiceLoader.load(Connector.class, SpiConnectors.class.getClassLoader()).iterator();
    while (true) {
      try {
        if (!providers.hasNext()) {
          return List.copyOf(found);
        }
        found.add(providers.next());
      } catch (ServiceConfigurationError unusable) {
        log.warn("Skipping a connector that cannot be loaded: {}", unusable.getMessage());
      }
    }
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
