package dev.cprops.kafka.sink;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.Operation;
import dev.cprops.kafka.config.PluginConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * The sink's side of the configuration: an action, and the sink's own keys.
 *
 * <p>The default action is the first batch action whose list is named {@code records}. A
 * <em>batch</em> action is one with a required input that is a list of objects (e.g. {@code
 * records}): the sink fills it with the batch's rows and reads one result per row from the output's
 * {@code results}. Any other action runs once per record, with the row as its input over the
 * configured inputs.
 */
public final class SinkKind implements PluginConfig.OperationKind {
  public static final String ACTION = "action";
  public static final String KEY_COLUMN = "key.column";
  public static final String RETRY_ATTEMPTS = "retry.attempts";
  public static final String RETRY_BACKOFF_MS = "retry.backoff.ms";
  public static final String RETRY_BACKOFF_MAX_MS = "retry.backoff.max.ms";

  public static final SinkKind INSTANCE = new SinkKind();

  private SinkKind() {}

  @Override
  public String key() {
    return ACTION;
  }

  @Override
  public List<? extends Operation> operations(Connector connector) {
    return connector.actions();
  }

  @Override
  public Operation defaultOperation(Connector connector) {
    // Prefer an action over "records" (rows of any columns) to one over other lists of objects.
    return connector.actions().stream()
        .filter(a -> recordsField(a).filter("records"::equals).isPresent())
        .findFirst()
        .or(() -> connector.actions().stream().filter(a -> recordsField(a).isPresent()).findFirst())
        .orElseGet(() -> connector.actions().get(0));
  }

  /** The input that takes the batch's rows, if the action is a batch action. */
  public static Optional<String> recordsField(Operation action) {
    return action.inputFields(null).stream()
        .filter(f -> !f.optional() && f.type() == FieldType.ARRAY && f.of() == FieldType.OBJECT)
        .map(Field::name)
        .findFirst();
  }

  @Override
  public Set<String> platformInputs(Operation operation) {
    Optional<String> records = recordsField(operation);
    if (records.isPresent()) {
      return Set.of(records.get());
    }
    // A per-record action takes its required inputs from each record.
    return operation.inputFields(null).stream()
        .filter(f -> !f.optional())
        .map(Field::name)
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public void definePlatformKeys(
      ConfigDef def, Function<Map<String, Object>, Connection> connections) {
    String group = "Sink";
    def.define(
        KEY_COLUMN,
        Type.STRING,
        "customer_key",
        new ConfigDef.NonEmptyString(),
        Importance.MEDIUM,
        "The column the record key is written to when the record value has no value for it.",
        group,
        1,
        ConfigDef.Width.MEDIUM,
        "Key column");
    def.define(
        RETRY_ATTEMPTS,
        Type.INT,
        3,
        Range.between(1, 20),
        Importance.LOW,
        "Attempts at records that failed for a passing reason (429, 5xx, a broken connection)"
            + " within one put, honouring Retry-After; after that the batch is handed back to"
            + " Connect as retriable.",
        group,
        2,
        ConfigDef.Width.SHORT,
        "Retry attempts");
    def.define(
        RETRY_BACKOFF_MS,
        Type.LONG,
        500L,
        Range.between(0, 600_000),
        Importance.LOW,
        "The first wait between attempts, doubled after each; a longer Retry-After wins.",
        group,
        3,
        ConfigDef.Width.SHORT,
        "Retry backoff (ms)");
    def.define(
        RETRY_BACKOFF_MAX_MS,
        Type.LONG,
        30_000L,
        Range.between(0, 600_000),
        Importance.LOW,
        "The longest wait between attempts, and how long Connect waits before it redelivers a"
            + " batch handed back as retriable.",
        group,
        4,
        ConfigDef.Width.SHORT,
        "Retry backoff max (ms)");
  }

  /** The action a parsed configuration names. */
  static Action action(PluginConfig config) {
    return (Action) config.operation();
  }
}
