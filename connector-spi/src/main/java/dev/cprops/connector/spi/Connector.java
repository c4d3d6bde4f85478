package dev.cprops.connector.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An app a low-code platform can use: its connection fields, a connection test, and the actions,
 * triggers and pick lists it offers.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader} (a {@code
 * META-INF/services/dev.cprops.connector.spi.Connector} file naming a class with a public no-arg
 * constructor). One instance serves every connection and thread at once: implementations must be
 * thread-safe, and keep per-connection state in the {@link Connection} ({@link
 * Connection#state(Class, java.util.function.Function)}), never in fields keyed by user data.
 *
 * <p>No method returns {@code null}; lists are immutable and may be empty. Failures are reported as
 * {@link ConnectorException}s.
 */
public interface Connector {

  /** A stable identifier in lower snake case, e.g. {@code "customer_properties"}. */
  String id();

  /** What the recipe editor shows, e.g. {@code "Customer Properties"}. */
  String title();

  /**
   * The fields a user fills in to connect. Fields with {@link ControlType#PASSWORD} are secrets:
   * {@link Connection} redacts them.
   */
  List<Field> connectionFields();

  /**
   * Creates a connection from the values a user entered for {@link #connectionFields()}.
   *
   * @throws InputException if a required value is missing
   */
  default Connection connect(Map<String, ?> values) {
    return Connection.of(connectionFields(), values);
  }

  /**
   * Checks that the connection works with one cheap authenticated call; returns normally when it
   * does.
   *
   * @throws AuthException if the credentials are rejected (the message says what to check)
   * @throws ConnectorException for any other failure
   */
  void test(Connection connection);

  /** The actions, in the order the editor lists them. */
  List<Action> actions();

  /** The triggers, in the order the editor lists them. */
  List<Trigger> triggers();

  /** The named pick lists that fields refer to with {@link Field#pickList()}. */
  List<PickList> pickLists();

  /** The action with that id, if any. */
  default Optional<Action> action(String id) {
    return actions().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The trigger with that id, if any. */
  default Optional<Trigger> trigger(String id) {
    return triggers().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The pick list with that name, if any. */
  default Optional<PickList> pickList(String name) {
    return pickLists().stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
