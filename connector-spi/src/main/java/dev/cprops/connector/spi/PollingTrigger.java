package dev.cprops.connector.spi;

import java.util.Map;

/**
 * A trigger the platform calls on a schedule. The cursor is the trigger's own bookmark: the
 * platform stores {@link PollResult#nextCursor()} only after the recipe handled the events, and
 * passes it back on the next poll, so a crash re-delivers rather than loses events.
 */
public non-sealed interface PollingTrigger extends Trigger {

  /**
   * Fetches the events after the cursor.
   *
   * @param connection never {@code null}
   * @param input the trigger's configured input; never {@code null}
   * @param cursor the cursor from the previous result, or {@code null} on the first poll
   * @throws ConnectorException on failure; the cursor is then not advanced
   */
  PollResult poll(Connection connection, Map<String, Object> input, String cursor);
}
