package dev.cprops.recipes.recipe;

import dev.cprops.connector.spi.InputException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/** When a recipe runs: a fixed interval, or a cron expression. Immutable. */
public interface Schedule {

  /** The id of the built-in app whose trigger runs a recipe on a schedule. */
  String APP = "schedule";

  /** The first run at or after {@code now}: at once for an interval, the next match for cron. */
  Instant first(Instant now);

  /** The run after the one at {@code last}. */
  Instant next(Instant last);

  /** An interval schedule. */
  static Schedule every(Duration interval) {
    return new IntervalSchedule(interval);
  }

  /**
   * Reads a schedule trigger's input: exactly one of {@code every} ({@code "30s"}, {@code "5m"},
   * {@code "1h"}) or {@code cron} (UNIX cron, five fields).
   *
   * @throws InputException naming the field and the expected form
   */
  static Schedule fromInput(Map<String, Object> input, ZoneId zone) {
    Object every = input.get("every");
    Object cron = input.get("cron");
    if ((every == null) == (cron == null)) {
      throw new InputException(
          "every",
          every == null ? null : every.toString(),
          "either 'every' (such as \"1h\") or 'cron' (such as \"0 * * * *\"), not both");
    }
    if (every != null) {
      try {
        return new IntervalSchedule(DurationText.parse(every.toString()));
      } catch (IllegalArgumentException e) {
        throw new InputException("every", every.toString(), "a duration such as 30s, 5m, 1h or 1d");
      }
    }
    return CronSchedule.parse(cron.toString(), zone);
  }
}
