package dev.cprops.connector.spi;

import java.util.List;
import java.util.Map;

/**
 * What actions and triggers have in common: an identity, help text and a schema of input and output
 * fields.
 *
 * <p>Fields may be <em>dynamic</em>: resolved from the API through the connection at design time
 * (e.g. one field per custom property). Implementations are thread-safe and stateless between
 * calls.
 */
public interface Operation {

  /** A stable identifier in lower snake case, unique within its connector. */
  String id();

  /** What the recipe editor shows. */
  String title();

  /** A sentence or two shown under the title; may be empty, never {@code null}. */
  String help();

  /**
   * The fields a recipe fills in.
   *
   * @param connection the connection to resolve dynamic fields with, or {@code null} when the
   *     editor has none yet: then only the fields that need no API call are returned
   * @throws ConnectorException if the dynamic fields cannot be resolved
   */
  List<Field> inputFields(Connection connection);

  /**
   * The fields of what the operation produces (the data pills later steps can map).
   *
   * @param connection as for {@link #inputFields(Connection)}
   * @throws ConnectorException if the dynamic fields cannot be resolved
   */
  List<Field> outputFields(Connection connection);

  /** An example of the output, shown in the editor before the recipe ever ran; may be empty. */
  default Map<String, Object> sampleOutput() {
    return Map.of();
  }
}
