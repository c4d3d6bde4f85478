package dev.cprops.recipes.check;

import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Inputs;
import dev.cprops.connector.spi.TransientException;
import dev.cprops.recipes.connections.ConnectionException;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.recipe.AppCatalog;
import dev.cprops.recipes.recipe.Location;
import dev.cprops.recipes.recipe.Problem;
import dev.cprops.recipes.recipe.Recipe;
import dev.cprops.recipes.recipe.RecipeValidator;
import dev.cprops.recipes.recipe.Step;
import dev.cprops.recipes.recipe.Validation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a recipe and what it needs to run, as {@code recipe validate} and an editor do: the recipe
 * itself ({@link RecipeValidator}), and the connection of every app it uses, which must resolve
 * (given complete in the connections or the environment, or supplied by a default provider) with
 * values that fit the app's connection fields.
 *
 * <p>{@link #offline} sends nothing anywhere and starts nothing. {@link #live} also makes each
 * connection (a default one too, e.g. the embedded demo server), tests it with the app's own check
 * (credentials accepted, server reachable), and checks the recipe against the live schemas read
 * through it: dynamic fields, pick lists (such as the properties a column may be mapped onto), and
 * the output fields pills name. Live checks only read: the apps' {@code test}, {@code inputFields},
 * {@code outputFields} and pick lists, never an action or a poll.
 */
public final class RecipeCheck {
  private final AppCatalog apps;
  private final Connections connections;

  /**
   * @param apps the apps recipes may use
   * @param connections where connections come from (closing them is the caller's job)
   */
  public RecipeCheck(AppCatalog apps, Connections connections) {
    this.apps = apps;
    this.connections = connections;
  }

  /** Checks the recipe and that its connections resolve, without any network traffic. */
  public Validation offline(Recipe recipe) {
    return check(recipe, false);
  }

  /** Checks as {@link #offline}, then each connection and the recipe against the live schemas. */
  public Validation live(Recipe recipe) {
    return check(recipe, true);
  }

  private Validation check(Recipe recipe, boolean live) {
    List<Problem> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Map<String, Connection> working = new LinkedHashMap<>();
    for (Connector app : appsUsed(recipe)) {
      if (app.connectionFields().isEmpty()) {
        continue;
      }
      Optional<Connection> connection = resolve(app, live, problems);
      if (live && connection.isPresent() && test(app, connection.get(), problems, notes)) {
        working.put(app.id(), connection.get());
      }
    }
    RecipeValidator validator =
        new RecipeValidator(apps, app -> Optional.ofNullable(working.get(app.id())));
    try {
      problems.addAll(validator.validate(recipe));
    } catch (AuthException e) {
      problems.add(
          new Problem(
              Location.recipe(null),
              "a connection was rejected while reading the live fields: " + e.getMessage(),
              Problem.Kind.CONNECTION));
    }
    return new Validation(problems, notes);
  }

  /** The apps the recipe names that exist, trigger first, each once. */
  private List<Connector> appsUsed(Recipe recipe) {
    Set<String> ids = new LinkedHashSet<>();
    if (recipe.trigger() != null) {
      ids.add(recipe.trigger().app());
    }
    recipe.steps().stream().map(Step::app).forEach(ids::add);
    List<Connector> used = new ArrayList<>();
    ids.forEach(id -> apps.find(id).ifPresent(used::add));
    return used;
  }

  /**
   * The connection a run would use: checked offline (values fit the fields), made only when live
   * (or when it needs nothing to be started). Reports what is missing.
   */
  private Optional<Connection> resolve(Connector app, boolean live, List<Problem> problems) {
    Map<String, Object> given = connections.givenValues(app);
    if (given.isEmpty() && connections.hasDefault(app)) {
      if (!live) {
        return Optional.empty();
      }
      try {
        return Optional.of(connections.require(app));
      } catch (ConnectionException e) {
        problems.add(
            new Problem(
                Location.connection(app.id(), null), e.getMessage(), Problem.Kind.CONNECTION));
      } catch (ConnectorException e) {
        problems.add(
            new Problem(
                Location.connection(app.id(), null),
                "the default connection could not be made: " + e.getMessage(),
                Problem.Kind.SERVER));
      }
      return Optional.empty();
    }
    int before = problems.size();
    checkValues(app, given, problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return given.isEmpty() ? Optional.of(connections.require(app)) : connections.given(app);
    } catch (ConnectionException e) {
      problems.add(
          new Problem(
              Location.connection(app.id(), missingField(app, given, e)),
              e.getMessage(),
              Problem.Kind.CONNECTION));
      return Optional.empty();
    }
  }

  /**
   * The given values against the connection fields: unknown names and values outside a select
   * (secret values are never looked at, so never shown).
   */
  private static void checkValues(
      Connector app, Map<String, Object> given, List<Problem> problems) {
    Map<String, Object> shown = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : given.entrySet()) {
      boolean secret =
          app.connectionFields().stream()
              .anyMatch(
                  f -> f.name().equals(entry.getKey()) && f.controlType() == ControlType.PASSWORD);
      shown.put(entry.getKey(), secret ? "" : entry.getValue());
    }
    RecipeValidator.checkConnectionValues(
        app,
        shown,
        (field, message) ->
            problems.add(
                new Problem(
                    Location.connection(app.id(), field), message, Problem.Kind.CONNECTION)));
  }

  private static String missingField(
      Connector app, Map<String, Object> given, ConnectionException failure) {
    if (failure.getCause() instanceof InputException input && input.field() != null) {
      return input.field(); // the app's own check at connect, e.g. a secret its auth type needs
    }
    for (Field field : app.connectionFields()) {
      Object value = given.get(field.name());
      if (!field.optional() && Inputs.absent(value)) {
        return field.name();
      }
    }
    return null;
  }

  /** Tests a connection with the app's own check; notes or reports the outcome. */
  private boolean test(
      Connector app, Connection connection, List<Problem> problems, List<String> notes) {
    String server = connections.endpoint(app.id()).map(url -> " at " + url).orElse("");
    try {
      app.test(connection);
      notes.add(
          app.id()
              + (server.isEmpty()
                  ? ": connection test passed"
                  : ": connection accepted by the server" + server));
      return true;
    } catch (AuthException e) {
      problems.add(
          new Problem(
              Location.connection(app.id(), null),
              "rejected by the server" + server + ": " + e.getMessage(),
              Problem.Kind.CONNECTION));
    } catch (InputException e) {
      problems.add(
          new Problem(
              Location.connection(app.id(), e.field()),
              e.getMessage().startsWith(e.field() + ": ")
                  ? e.getMessage().substring(e.field().length() + 2)
                  : e.getMessage(),
              Problem.Kind.CONNECTION));
    } catch (TransientException e) {
      problems.add(
          new Problem(
              Location.connection(app.id(), null),
              "cannot reach the server" + server + ": " + e.getMessage(),
              Problem.Kind.SERVER));
    } catch (ConnectorException e) {
      problems.add(
          new Problem(
              Location.connection(app.id(), null),
              "the server" + server + " did not answer as expected: " + e.getMessage(),
              Problem.Kind.SERVER));
    }
    return false;
  }
}
