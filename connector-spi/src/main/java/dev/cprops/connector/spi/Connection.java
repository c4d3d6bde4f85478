package dev.cprops.connector.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The values a user entered for a connector's connection fields, plus the state the connector keeps
 * for this connection (an HTTP client, caches).
 *
 * <p>Thread-safe: one connection is shared by every recipe step that uses it. Values are immutable;
 * {@link #toString()} shows secret values (fields with {@link ControlType#PASSWORD}) as {@code
 * "[redacted]"}, and no method of this class ever puts a secret in a message.
 *
 * <p>The platform may attach a {@link RetryListener} ({@link #onRetry}); the connector reports its
 * retries and rate-limit waits to {@link #retries()}, which forwards them to it.
 */
public final class Connection {
  private final Map<String, Object> values;
  private final Set<String> secretNames;
  private final Map<Class<?>, Object> state = new ConcurrentHashMap<>();
  private final RetryListener retries = new ForwardingRetryListener();
  private volatile RetryListener retryListener = RetryListener.NONE;

  private Connection(Map<String, Object> values, Set<String> secretNames) {
    this.values = values;
    this.secretNames = secretNames;
  }

  /**
   * Creates a connection from entered values; keys that name no field are ignored.
   *
   * @param fields the connector's connection fields
   * @param values the entered values; {@code null} values and blank strings count as absent
   * @throws InputException if a field that is not optional has no value
   */
  public static Connection of(List<Field> fields, Map<String, ?> values) {
    Map<String, Object> kept = new LinkedHashMap<>();
    for (Field field : fields) {
      Object value = values.get(field.name());
      boolean absent = Inputs.absent(value);
      if (absent && !field.optional()) {
        throw new InputException(field.name(), null, "a value for '" + field.label() + "'");
      }
      if (!absent) {
        kept.put(field.name(), value);
      }
    }
    Set<String> secrets =
        fields.stream()
            .filter(f -> f.controlType() == ControlType.PASSWORD)
            .map(Field::name)
            .collect(Collectors.toUnmodifiableSet());
    return new Connection(Collections.unmodifiableMap(kept), secrets);
  }

  /** The value of a field, or empty when it was not given. */
  public Optional<Object> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** The value of a field as text (trimmed), or empty when it was not given. */
  public Optional<String> string(String name) {
    return value(name).map(v -> v.toString().trim());
  }

  /** The value of a field as text, or {@code fallback} when it was not given. */
  public String string(String name, String fallback) {
    return string(name).orElse(fallback);
  }

  /** The names of the fields that were given. */
  public Set<String> names() {
    return values.keySet();
  }

  /**
   * The connector's state of the given type for this connection, created on first use by {@code
   * factory} (called at most once per type, even under concurrent access).
   *
   * @throws ConnectorException what the factory throws; nothing is stored then
   */
  public <T> T state(Class<T> type, Function<Connection, ? extends T> factory) {
    return type.cast(state.computeIfAbsent(type, t -> factory.apply(this)));
  }

  /**
   * Attaches the platform's listener for this connection's retries and waits, replacing the one
   * attached before; {@link RetryListener#NONE} detaches it. May be called at any time, also after
   * the connector created its state: later reports go to the new listener.
   */
  public void onRetry(RetryListener listener) {
    this.retryListener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Where a connector reports its retries and waits for this connection: a listener that forwards
   * each report to the one the platform attached at that moment (none: nothing happens). The same
   * object every time, so a connector may keep it in its per-connection state.
   */
  public RetryListener retries() {
    return retries;
  }

  /** Forwards to whichever listener is attached when a report arrives. */
  private final class ForwardingRetryListener implements RetryListener {
    @Override
    public void waiting(Wait wait) {
      retryListener.waiting(wait);
    }

    @Override
    public void recovered(String request, int attempts) {
      retryListener.recovered(request, attempts);
    }
  }

  @Override
  public String toString() {
    return values.entrySet().stream()
        .map(
            e ->
                e.getKey() + "=" + (secretNames.contains(e.getKey()) ? "[redacted]" : e.getValue()))
        .collect(Collectors.joining(", ", "Connection{", "}"));
  }
}
