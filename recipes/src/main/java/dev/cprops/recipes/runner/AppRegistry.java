package dev.cprops.recipes.runner;

import dev.cprops.connector.spi.Connector;
import dev.cprops.recipes.recipe.AppCatalog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The apps a run can use: the built-in apps and every connector found by {@link ServiceLoader}.
 * Immutable.
 */
public final class AppRegistry implements AppCatalog {
  private final Map<String, Connector> apps;

  /**
   * @throws IllegalStateException if two apps share an id
   */
  public AppRegistry(Collection<? extends Connector> connectors) {
    Map<String, Connector> byId = new TreeMap<>();
    for (Connector connector : connectors) {
      Connector earlier = byId.putIfAbsent(connector.id(), connector);
      if (earlier != null) {
        throw new IllegalStateException(
            "two apps have the id '"
                + connector.id()
                + "': "
                + earlier.getClass().getName()
                + " and "
                + connector.getClass().getName());
      }
    }
    this.apps = byId;
  }

  /** The built-in apps plus the connectors on the class path. */
  public static AppRegistry load(List<Connector> builtins) {
    List<Connector> all = new ArrayList<>(builtins);
    ServiceLoader.load(Connector.class).forEach(all::add);
    return new AppRegistry(all);
  }

  @Override
  public Optional<Connector> find(String id) {
    return Optional.ofNullable(apps.get(id));
  }

  @Override
  public List<String> ids() {
    return List.copyOf(apps.keySet());
  }

  /** Every app, sorted by id. */
  public List<Connector> all() {
    return List.copyOf(apps.values());
  }
}
