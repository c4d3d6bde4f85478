package dev.cprops.connector.spi;

import java.util.List;
import java.util.Map;

/**
 * The answer of one {@link PollingTrigger#poll poll}.
 *
 * @param events the new events, oldest first; never {@code null}
 * @param nextCursor the cursor for the next poll; {@code null} keeps the previous one
 * @param canPollMore whether more events are ready now, so the platform should poll again at once
 */
public record PollResult(List<Map<String, Object>> events, String nextCursor, boolean canPollMore) {
  public PollResult {
    events = List.copyOf(events);
  }
}
