package dev.cprops.connector.spi;

import java.util.List;

/**
 * A named list of choices that fields refer to through {@link Field#pickList()}; may depend on the
 * connection (e.g. values read from the API). Thread-safe.
 */
public interface PickList {

  /** The name fields use to refer to it, e.g. {@code "countries"}. */
  String name();

  /**
   * The choices, in display order.
   *
   * @param connection the connection, or {@code null} when the editor has none (a list that needs
   *     one then returns an empty list)
   * @throws ConnectorException if the choices cannot be read
   */
  List<PickOption> options(Connection connection);

  /** A pick list with fixed choices. */
  static PickList of(String name, List<PickOption> options) {
    List<PickOption> copy = List.copyOf(options);
    return new PickList() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<PickOption> options(Connection connection) {
        return copy;
      }
    };
  }
}
