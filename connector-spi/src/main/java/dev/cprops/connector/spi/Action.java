package dev.cprops.connector.spi;

import java.util.Map;

/**
 * A step a recipe runs: takes an input record and returns an output record.
 *
 * <p>Input and output are maps of the plain values listed in the package summary ({@link Json}
 * writes them as JSON). An absent key means "not mapped", a {@code null} value means "clear", and
 * {@code ""} is an empty string: the three stay distinct. {@link Inputs} reads typed values out of
 * an input map. Implementations are thread-safe: the platform may run many executions at once.
 */
public interface Action extends Operation {

  /**
   * Runs the action.
   *
   * @param connection the connection to run with; never {@code null}
   * @param input the mapped input; never {@code null}, may be empty
   * @return the output, matching {@link #outputFields(Connection)}; never {@code null}
   * @throws InputException if a value cannot be used (never retried)
   * @throws ConnectorException for other failures; {@link ConnectorException#retryable()} says
   *     whether running it again may help
   */
  Map<String, Object> execute(Connection connection, Map<String, Object> input);
}
