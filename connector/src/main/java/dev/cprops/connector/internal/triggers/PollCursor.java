package dev.cprops.connector.internal.triggers;

import dev.cprops.connector.spi.InputException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a polling trigger stands: the time ({@code created_at} or {@code updated_at}, epoch ms) of
 * the last event it emitted, and the keys of every customer it emitted at exactly that time.
 *
 * <p>The next poll lists {@code min_updated=time} (inclusive) in ascending order and skips the
 * customers at {@code time} whose keys are listed: they were emitted. Everything later is new, and
 * so is a customer at {@code time} that is not listed (written in the same millisecond, after the
 * poll read it). This does not depend on the server's tie order, and unlike {@code starting_after}
 * across polls it cannot skip anything if the last customer was written again since (its position
 * then moved). Within one poll, pages are walked with {@code starting_after}, which the API keeps
 * safe against concurrent writes.
 *
 * <p>Written as {@code v1:<time>:<key>,<key>...}; {@link #parse} rejects anything else.
 *
 * @param time epoch milliseconds
 * @param keys the keys emitted at {@code time}, sorted; may be empty
 */
public record PollCursor(long time, Set<String> keys) {
  private static final String VERSION = "v1";

  public PollCursor {
    keys = Collections.unmodifiableSet(new TreeSet<>(keys));
  }

  /** The cursor of a first poll: everything at or after {@code time}. */
  public static PollCursor from(long time) {
    return new PollCursor(time, Set.of());
  }

  /**
   * Reads a cursor written by {@link #toString()}.
   *
   * @throws InputException if it is not one
   */
  public static PollCursor parse(String text) {
    String[] parts = text.split(":", -1);
    try {
      if (parts.length == 3 && parts[0].equals(VERSION)) {
        long time = Long.parseLong(parts[1]);
        Set<String> keys = new TreeSet<>();
        if (!parts[2].isEmpty()) {
          keys.addAll(Arrays.asList(parts[2].split(",")));
        }
        return new PollCursor(time, keys);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputException("cursor", text, "a cursor written by this trigger (v1:<ms>:<keys>)");
  }

  /** Whether a customer at {@code time} with {@code key} was already emitted. */
  public boolean covers(long at, String key) {
    return at < time || (at == time && keys.contains(key));
  }

  @Override
  public String toString() {
    return VERSION + ":" + time + ":" + String.join(",", keys);
  }
}
