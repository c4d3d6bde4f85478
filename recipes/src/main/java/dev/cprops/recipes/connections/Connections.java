package dev.cprops.recipes.connections;

import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Makes the connections a command uses, one per app, from (in rising priority) the connections file
 * and the environment variables {@code RECIPE_<APP>_<FIELD>} (e.g. {@code
 * RECIPE_CUSTOMER_PROPERTIES_SECRET_KEY}); for an app given neither, the {@link
 * ConnectionProvider}s may supply a default. Connections are never read from recipes, and their
 * secrets never appear in messages. Closing it closes the providers.
 */
public final class Connections implements AutoCloseable {
  private final Map<String, Map<String, Object>> fileValues;
  private final Map<String, String> environment;
  private final List<ConnectionProvider> providers;
  private final Map<String, Connection> made = new ConcurrentHashMap<>();
  private final Map<String, String> endpoints = new ConcurrentHashMap<>();
  private final Consumer<String> notices;

  /**
   * @param fileValues the connections file's values per app (empty without a file)
   * @param environment the environment variables
   * @param providers asked in order for apps without given values
   */
  public Connections(
      Map<String, Map<String, Object>> fileValues,
      Map<String, String> environment,
      List<ConnectionProvider> providers) {
    this(fileValues, environment, providers, notice -> {});
  }

  /**
   * As above; {@code notices} hears one line each time a provider's default connection is used
   * (which app, and what it points at).
   */
  public Connections(
      Map<String, Map<String, Object>> fileValues,
      Map<String, String> environment,
      List<ConnectionProvider> providers,
      Consumer<String> notices) {
    this.fileValues = Map.copyOf(fileValues);
    this.environment = Map.copyOf(environment);
    this.providers = List.copyOf(providers);
    this.notices = notices;
  }

  /**
   * The {@code base_url} of the connection made for an app (the server it talks to), if it was made
   * and has one.
   */
  public Optional<String> endpoint(String appId) {
    return Optional.ofNullable(endpoints.get(appId));
  }

  /**
   * The name of the environment variable for one connection field, e.g. {@code
   * RECIPE_HTTP_BEARER_TOKEN}.
   */
  public static String variableName(String appId, String field) {
    return ("RECIPE_" + appId + "_" + field).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  /** The values the user gave for an app (file, then environment on top); empty when none. */
  public Map<String, Object> givenValues(Connector connector) {
    Map<String, Object> values =
        new LinkedHashMap<>(fileValues.getOrDefault(connector.id(), Map.of()));
    for (Field field : connector.connectionFields()) {
      String value = environment.get(variableName(connector.id(), field.name()));
      if (value != null) {
        values.put(field.name(), value);
      }
    }
    return values;
  }

  /**
   * The connection the user gave for an app, if they gave one (providers are not asked). An app
   * without connection fields always has one.
   *
   * @throws ConnectionException if given values are incomplete
   */
  public Optional<Connection> given(Connector connector) {
    Map<String, Object> values = givenValues(connector);
    if (values.isEmpty() && !connector.connectionFields().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        made.computeIfAbsent(connector.id(), id -> connect(connector, values, "given")));
  }

  /**
   * Whether a provider would supply a default connection for an app the user gave no values for
   * (nothing is started to find out).
   */
  public boolean hasDefault(Connector connector) {
    return providers.stream().anyMatch(p -> p.supplies(connector));
  }

  /**
   * The connection for an app: the given one, else a provider's default, else a connection from no
   * values (which works when every connection field is optional).
   *
   * @throws ConnectionException if no complete connection can be made
   */
  public Connection require(Connector connector) {
    Optional<Connection> given = given(connector);
    if (given.isPresent()) {
      return given.get();
    }
    return made.computeIfAbsent(connector.id(), id -> fromProviders(connector));
  }

  private Connection fromProviders(Connector connector) {
    for (ConnectionProvider provider : providers) {
      Optional<Map<String, Object>> values = provider.defaultConnection(connector);
      if (values.isPresent()) {
        Connection connection = connect(connector, values.get(), "default");
        notices.accept(
            "No connection given for app '" + connector.id() + "': using " + provider.describe());
        return connection;
      }
    }
    return connect(connector, Map.of(), "given");
  }

  private Connection connect(Connector connector, Map<String, Object> values, String origin) {
    try {
      Connection connection = connector.connect(values);
      if (values.get("base_url") instanceof String url && !url.isBlank()) {
        endpoints.put(connector.id(), url);
      }
      return connection;
    } catch (InputException e) {
      String field = e.field();
      String where =
          "give it in --connections FILE under \""
              + connector.id()
              + "\" or as "
              + variableName(connector.id(), field);
      String advice;
      if (origin.equals("default")) {
        advice = "the default connection lacks '" + field + "'";
      } else if (e.value() == null) {
        advice = "'" + field + "' is required (" + e.expected() + "); " + where;
      } else {
        advice =
            e.getMessage()
                + "; fix it in --connections FILE or "
                + variableName(connector.id(), field);
      }
      throw new ConnectionException(
          "app '" + connector.id() + "' needs a connection: " + advice, e);
    }
  }

  @Override
  public void close() {
    List<RuntimeException> failures = new ArrayList<>();
    for (ConnectionProvider provider : providers) {
      try {
        provider.close();
      } catch (RuntimeException e) {
        failures.add(e);
      }
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
  }
}
