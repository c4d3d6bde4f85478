package dev.cprops.recipes.apps;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.PickList;
import dev.cprops.connector.spi.Trigger;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A built-in app: a {@link Connector} made of fixed parts, with nothing to test remotely. */
final class BuiltinConnector implements Connector {
  private final String id;
  private final String title;
  private final List<Field> connectionFields;
  private final List<Action> actions;
  private final List<Trigger> triggers;
  private final Consumer<Connection> check;

  BuiltinConnector(
      String id,
      String title,
      List<Field> connectionFields,
      List<Action> actions,
      List<Trigger> triggers) {
    this(id, title, connectionFields, actions, triggers, connection -> {});
  }

  /**
   * As above, with a check of the connection's values beyond each field's own (such as fields that
   * go together), run when the connection is made.
   */
  BuiltinConnector(
      String id,
      String title,
      List<Field> connectionFields,
      List<Action> actions,
      List<Trigger> triggers,
      Consumer<Connection> check) {
    this.check = check;
    this.id = id;
    this.title = title;
    this.connectionFields = List.copyOf(connectionFields);
    this.actions = List.copyOf(actions);
    this.triggers = List.copyOf(triggers);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public List<Field> connectionFields() {
    return connectionFields;
  }

  @Override
  public Connection connect(Map<String, ?> values) {
    Connection connection = Connector.super.connect(values);
    check.accept(connection);
    return connection;
  }

  @Override
  public void test(Connection connection) {
    // a built-in app runs locally: there is nothing remote to check
  }

  @Override
  public List<Action> actions() {
    return actions;
  }

  @Override
  public List<Trigger> triggers() {
    return triggers;
  }

  @Override
  public List<PickList> pickLists() {
    return List.of();
  }
}
