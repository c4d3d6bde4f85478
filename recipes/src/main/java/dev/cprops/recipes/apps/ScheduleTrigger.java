package dev.cprops.recipes.apps;

import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.PollResult;
import dev.cprops.connector.spi.PollingTrigger;
import dev.cprops.recipes.recipe.Schedule;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schedule app's trigger: each poll is one tick and yields one event, {@code scheduled_at}
 * (now) and {@code previous_at} (the tick before, from the cursor). The runner polls it on the
 * schedule its input describes.
 */
final class ScheduleTrigger implements PollingTrigger {
  private final Clock clock;

  ScheduleTrigger(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String id() {
    return "tick";
  }

  @Override
  public String title() {
    return "On a schedule";
  }

  @Override
  public String help() {
    return "Runs the recipe every interval (every: 30s, 5m, 1h, 1d) or when a UNIX cron expression matches (cron).";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        Field.builder("every", FieldType.STRING)
            .label("Every")
            .hint("30s, 5m, 1h or 1d; or give cron")
            .sticky(true)
            .build(),
        Field.builder("cron", FieldType.STRING)
            .label("Cron expression")
            .hint("UNIX cron, five fields, e.g. 0 * * * *")
            .build());
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    return List.of(
        Field.builder("scheduled_at", FieldType.DATE_TIME).label("Scheduled at").build(),
        Field.builder("previous_at", FieldType.DATE_TIME)
            .label("Previous tick at")
            .hint("null on the first tick")
            .build());
  }

  @Override
  public Map<String, Object> sampleOutput() {
    Map<String, Object> sample = new LinkedHashMap<>();
    sample.put("scheduled_at", "2024-03-15T10:00:00Z");
    sample.put("previous_at", "2024-03-15T09:00:00Z");
    return sample;
  }

  @Override
  public PollResult poll(Connection connection, Map<String, Object> input, String cursor) {
    Schedule.fromInput(input, clock.getZone());
    Instant instant = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    if (cursor != null && !instant.isAfter(lastTick(cursor))) {
      // polled again within the same millisecond as the last tick (or the clock went back):
      // that tick was delivered already
      return new PollResult(List.of(), cursor, false);
    }
    String now = instant.toString();
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("scheduled_at", now);
    event.put("previous_at", cursor);
    return new PollResult(List.of(event), now, false);
  }

  private static Instant lastTick(String cursor) {
    try {
      return Instant.parse(cursor);
    } catch (java.time.format.DateTimeParseException e) {
      throw new dev.cprops.connector.spi.InputException(
          "cursor", cursor, "the time of the last tick, e.g. 2024-03-15T10:00:00Z");
    }
  }

  @Override
  public String dedupKey(Map<String, Object> event) {
    return String.valueOf(event.get("scheduled_at"));
  }
}
