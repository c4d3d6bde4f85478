package dev.cprops.recipes.studio;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.Operation;
import dev.cprops.recipes.connections.ConnectionException;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.runner.AppRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The apps the studio offers (the same registry as {@code run} and {@code describe}) and their
 * connections. "Refresh fields" replaces an app's connection by a fresh one made from the same
 * values, so its live field definitions are read again from the server.
 */
final class StudioApps {
  private final AppRegistry registry;
  private final Connections connections;
  private final Map<String, Connection> refreshed = new ConcurrentHashMap<>();

  StudioApps(AppRegistry registry, Connections connections) {
    this.registry = registry;
    this.connections = connections;
  }

  AppRegistry registry() {
    return registry;
  }

  Connections connections() {
    return connections;
  }

  Optional<Connector> app(String id) {
    return id == null ? Optional.empty() : registry.find(id);
  }

  Optional<Action> action(String app, String action) {
    return app(app).flatMap(c -> c.action(action));
  }

  /** The operation a trigger spec names (its only trigger when none is named). */
  Optional<? extends Operation> trigger(String app, String trigger) {
    Optional<Connector> connector = app(app);
    if (connector.isEmpty()) {
      return Optional.empty();
    }
    if (trigger == null) {
      return connector.get().triggers().size() == 1
          ? Optional.of(connector.get().triggers().get(0))
          : Optional.empty();
    }
    return connector.get().trigger(trigger);
  }

  /**
   * The connection for an app: the one given (connections file, environment), else the default (the
   * embedded demo server); empty when none can be made.
   */
  Optional<Connection> connection(Connector connector) {
    Connection fresh = refreshed.get(connector.id());
    if (fresh != null) {
      return Optional.of(fresh);
    }
    try {
      return Optional.of(connections.require(connector));
    } catch (ConnectionException e) {
      return Optional.empty();
    }
  }

  /** Drops what the app's connection has cached (its field definitions): they are read anew. */
  void refresh(Connector connector) {
    connection(connector)
        .ifPresent(
            current -> {
              Map<String, Object> values = new LinkedHashMap<>();
              for (String name : current.names()) {
                current.value(name).ifPresent(v -> values.put(name, v));
              }
              refreshed.put(connector.id(), connector.connect(values));
            });
  }
}
