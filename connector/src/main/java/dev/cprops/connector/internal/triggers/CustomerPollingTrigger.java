package dev.cprops.connector.internal.triggers;

import dev.cprops.connector.internal.actions.CustomerOutput;
import dev.cprops.connector.internal.actions.CustomerRoutes;
import dev.cprops.connector.internal.actions.LiveProperties;
import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Inputs;
import dev.cprops.connector.spi.PollResult;
import dev.cprops.connector.spi.PollingTrigger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the two customer polling triggers share: the {@code since} input, typed customer events, and
 * the cursor ({@link PollCursor}, {@link CustomerPoller}).
 */
abstract class CustomerPollingTrigger implements PollingTrigger {
  /** How far back a first poll without {@code since} starts. */
  static final Duration DEFAULT_LOOKBACK = Duration.ofHours(1);

  private final Function<Connection, CustomerPropertiesContext> contexts;
  private final Clock clock;
  private final CustomerPoller poller;

  CustomerPollingTrigger(
      Function<Connection, CustomerPropertiesContext> contexts, Clock clock, boolean byUpdate) {
    this.contexts = Objects.requireNonNull(contexts, "contexts");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.poller = new CustomerPoller(byUpdate);
  }

  /** The event time field: {@code created_at} or {@code updated_at}. */
  abstract String timeField();

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        Field.builder("since", FieldType.DATE_TIME)
            .label("When first started, this recipe should pick up events from")
            .hint(
                "Used only on the first poll; later polls continue where the last one stopped."
                    + " Default: 1 hour before the recipe starts.")
            .sticky(true)
            .build());
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    return CustomerOutput.fields(
        connection == null
            ? LiveProperties.emptyMeta()
            : LiveProperties.load(contexts.apply(connection)).metaOutput());
  }

  @Override
  public Map<String, Object> sampleOutput() {
    return CustomerOutput.sample();
  }

  @Override
  public PollResult poll(Connection connection, Map<String, Object> input, String cursor) {
    PollCursor position =
        cursor == null
            ? PollCursor.from(
                Inputs.instant(input, "since")
                    .orElseGet(() -> clock.instant().minus(DEFAULT_LOOKBACK))
                    .toEpochMilli())
            : PollCursor.parse(cursor);
    CustomerPropertiesContext context = contexts.apply(connection);
    return poller.poll(
        new CustomerRoutes(context.client()),
        LiveProperties.load(context).coercer(),
        position,
        CustomerPoller.MAX_EVENTS);
  }

  @Override
  public String dedupKey(Map<String, Object> event) {
    Object key = event.get("key");
    Object time = event.get(timeField());
    if (key == null || time == null) {
      throw new InputException(
          "event", String.valueOf(key), "an event of this trigger, with key and " + timeField());
    }
    return key + "@" + Instant.parse(time.toString()).toEpochMilli();
  }
}
