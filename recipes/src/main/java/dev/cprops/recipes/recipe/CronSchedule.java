package dev.cprops.recipes.recipe;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import dev.cprops.connector.spi.InputException;
import java.time.Instant;
import java.time.ZoneId;

/** Runs at the times a UNIX cron expression matches, in a time zone. */
final class CronSchedule implements Schedule {
  private static final CronParser PARSER =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

  private final ExecutionTime executionTime;
  private final ZoneId zone;

  private CronSchedule(ExecutionTime executionTime, ZoneId zone) {
    this.executionTime = executionTime;
    this.zone = zone;
  }

  static CronSchedule parse(String expression, ZoneId zone) {
    try {
      return new CronSchedule(ExecutionTime.forCron(PARSER.parse(expression).validate()), zone);
    } catch (IllegalArgumentException e) {
      throw new InputException(
          "cron",
          expression,
          "a UNIX cron expression with five fields, such as \"0 * * * *\" ("
              + e.getMessage()
              + ")");
    }
  }

  @Override
  public Instant first(Instant now) {
    return next(now);
  }

  @Override
  public Instant next(Instant last) {
    return executionTime
        .nextExecution(last.atZone(zone))
        .orElseThrow(() -> new IllegalStateException("the cron expression never matches again"))
        .toInstant();
  }
}
