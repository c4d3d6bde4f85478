package dev.cprops.recipes.state;

import dev.cprops.connector.spi.Json;
import dev.cprops.recipes.failure.FileErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A webhook trigger's subscription as the runner keeps it in the state directory ({@code
 * <app>.<trigger>.webhook.json}), so that a later run can re-use it or remove it.
 *
 * <p>The file is replaced atomically ({@link AtomicFiles}: a temporary file created readable and
 * writable by its owner only, then moved), because {@code subscription} is what the trigger's
 * {@code subscribe} returned and may hold the webhook's signing secret. {@link #toString()} never
 * shows it.
 *
 * @param callbackUrl where the app delivers notifications
 * @param input the trigger input the subscription was made with
 * @param connection the trigger connection's non-secret values (which API, which account)
 * @param subscription what {@code subscribe} returned, kept as given
 * @param subscribedAt when it was made (ISO-8601)
 */
public record SavedSubscription(
    String callbackUrl,
    Map<String, Object> input,
    Map<String, Object> connection,
    Map<String, Object> subscription,
    String subscribedAt) {

  public SavedSubscription {
    input = Collections.unmodifiableMap(new LinkedHashMap<>(input));
    connection = Collections.unmodifiableMap(new LinkedHashMap<>(connection));
    subscription = Collections.unmodifiableMap(new LinkedHashMap<>(subscription));
  }

  /** The file of one trigger's subscription in a state directory. */
  public static Path file(Path stateDir, String triggerName) {
    return stateDir.resolve(triggerName + ".webhook.json");
  }

  /**
   * Reads a saved subscription.
   *
   * @return empty when there is none
   * @throws StateException if the file exists but cannot be read
   */
  public static Optional<SavedSubscription> load(Path file) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Map<String, Object> saved;
    try {
      saved = Json.parseObject(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      throw new StateException(FileErrors.describe("read", "the state file", file, e), e);
    }
    return Optional.of(
        new SavedSubscription(
            text(saved, "callback_url", file),
            object(saved, "input", file),
            object(saved, "connection", file),
            object(saved, "subscription", file),
            saved.get("subscribed_at") instanceof String at ? at : null));
  }

  /**
   * Whether this subscription was made for the same callback URL, trigger input and connection, so
   * that it can be used as it is.
   */
  public boolean matches(
      String callbackUrl, Map<String, Object> input, Map<String, Object> connection) {
    return this.callbackUrl.equals(callbackUrl)
        && normalized(this.input).equals(normalized(input))
        && normalized(this.connection).equals(normalized(connection));
  }

  /**
   * Writes the file atomically.
   *
   * @throws StateException if it cannot be written
   */
  public void save(Path file) {
    Map<String, Object> saved = new LinkedHashMap<>();
    saved.put("callback_url", callbackUrl);
    saved.put("input", input);
    saved.put("connection", connection);
    saved.put("subscription", subscription);
    saved.put("subscribed_at", subscribedAt);
    try {
      AtomicFiles.write(file, Json.pretty(saved).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new StateException(FileErrors.describe("write", "the state file", file, e), e);
    }
  }

  /**
   * Deletes the file of a subscription that is gone.
   *
   * @throws StateException if it cannot be deleted
   */
  public static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
      AtomicFiles.forceDirectory(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new StateException(FileErrors.describe("delete", "the state file", file, e), e);
    }
  }

  @Override
  public String toString() {
    return "SavedSubscription{callbackUrl="
        + callbackUrl
        + ", input="
        + input
        + ", connection="
        + connection
        + ", subscription=[redacted], subscribedAt="
        + subscribedAt
        + "}";
  }

  private static String text(Map<String, Object> saved, String key, Path file) {
    if (saved.get(key) instanceof String text && !text.isBlank()) {
      return text;
    }
    throw new StateException("cannot read " + file + ": '" + key + "' is not a string", null);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Map<String, Object> saved, String key, Path file) {
    if (saved.get(key) instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new StateException("cannot read " + file + ": '" + key + "' is not an object", null);
  }

  /** The value as JSON reads it back (numbers as BigDecimal), so saved and live values compare. */
  private static Object normalized(Map<String, Object> value) {
    return Json.parse(Json.compact(value));
  }
}
