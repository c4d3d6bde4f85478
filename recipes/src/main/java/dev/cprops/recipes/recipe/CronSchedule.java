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
    String[] fields = expression.strip().split("\\s+");
    if (fields.length != 5) {
      throw invalid(
          expression,
          "this one has " + fields.length + (fields.length == 1 ? " field" : " fields"));
    }
    try {
      return new CronSchedule(ExecutionTime.forCron(PARSER.parse(expression).validate()), zone);
    } catch (IllegalArgumentException e) {
      String reason =
          String.valueOf(e.getMessage()).replaceFirst("^Failed to parse cron expression\\. ", "");
      throw invalid(expression, reason);
    }
  }

  private static InputException invalid(String expression, String reason) {
    return new InputException(
        "cron",
        expression,
        "five fields (minute hour day-of-month month day-of-week) such as \"0 * * * *\" (hourly)"
            + " or \"30 6 * * 1-5\" (6:30 on weekdays); "
            + reason);
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
