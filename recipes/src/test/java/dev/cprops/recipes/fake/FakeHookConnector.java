package dev.cprops.recipes.fake;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.ApiException;
import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Json;
import dev.cprops.connector.spi.JsonFormatException;
import dev.cprops.connector.spi.PickList;
import dev.cprops.connector.spi.TransientException;
import dev.cprops.connector.spi.Trigger;
import dev.cprops.connector.spi.WebhookTrigger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connector for tests with a webhook trigger, registered through META-INF/services: {@code
 * fakehook.events} subscribes by recording the callback URL ({@link #SUBSCRIBED}) and a secret; a
 * notification must carry that secret in {@code X-Fake-Secret} and hold {@code {"events": [{id,
 * name}]}}. The action {@code apply} records each event's id in {@link #APPLIED}, after {@link
 * #delayMillis}, failing while {@link #failures} is positive (an {@link AuthException} instead when
 * {@link #rejectCredentials}).
 */
public final class FakeHookConnector implements Connector {
  /** Live subscriptions: id to callback URL. */
  public static final Map<String, String> SUBSCRIBED = new ConcurrentHashMap<>();

  /** Secrets of the live subscriptions, by id. */
  public static final Map<String, String> SECRETS = new ConcurrentHashMap<>();

  /** The ids {@code apply} was called with, in order. */
  public static final List<String> APPLIED = new CopyOnWriteArrayList<>();

  public static final AtomicInteger SUBSCRIBE_CALLS = new AtomicInteger();
  public static final AtomicInteger UNSUBSCRIBE_CALLS = new AtomicInteger();
  public static final AtomicInteger failures = new AtomicInteger();
  public static volatile long delayMillis;
  public static volatile boolean rejectCredentials;
  public static volatile boolean unsubscribeFails;

  public static void reset() {
    SUBSCRIBED.clear();
    SECRETS.clear();
    APPLIED.clear();
    SUBSCRIBE_CALLS.set(0);
    UNSUBSCRIBE_CALLS.set(0);
    failures.set(0);
    delayMillis = 0;
    rejectCredentials = false;
    unsubscribeFails = false;
  }

  /** A notification body carrying these event ids (names {@code Name <id>}). */
  public static byte[] body(String... ids) {
    List<Object> events = new ArrayList<>();
    for (String id : ids) {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("id", id);
      event.put("name", "Name " + id);
      events.add(event);
    }
    return Json.compact(Map.of("events", events)).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String id() {
    return "fakehook";
  }

  @Override
  public String title() {
    return "Fake webhooks";
  }

  @Override
  public List<Field> connectionFields() {
    return List.of(Field.builder("account", FieldType.STRING).label("Account").build());
  }

  @Override
  public void test(Connection connection) {}

  @Override
  public List<Action> actions() {
    return List.of(new Apply());
  }

  @Override
  public List<Trigger> triggers() {
    return List.of(new Events());
  }

  @Override
  public List<PickList> pickLists() {
    return List.of();
  }

  static final class Events implements WebhookTrigger {
    @Override
    public String id() {
      return "events";
    }

    @Override
    public String title() {
      return "Events (webhook)";
    }

    @Override
    public String help() {
      return "";
    }

    @Override
    public List<Field> inputFields(Connection connection) {
      return List.of(Field.builder("topic", FieldType.STRING).build());
    }

    @Override
    public List<Field> outputFields(Connection connection) {
      return List.of(
          Field.builder("id", FieldType.STRING).build(),
          Field.builder("name", FieldType.STRING).build());
    }

    @Override
    public Map<String, Object> subscribe(
        Connection connection, Map<String, Object> input, String callbackUrl) {
      String id = "sub_" + SUBSCRIBE_CALLS.incrementAndGet();
      String secret = "secret-" + id;
      SUBSCRIBED.put(id, callbackUrl);
      SECRETS.put(id, secret);
      return Map.of("id", id, "secret", secret);
    }

    @Override
    public void unsubscribe(Connection connection, Map<String, Object> subscription) {
      UNSUBSCRIBE_CALLS.incrementAndGet();
      if (unsubscribeFails) {
        throw new TransientException("the fake API is down", null, 1);
      }
      SUBSCRIBED.remove(String.valueOf(subscription.get("id")));
      SECRETS.remove(String.valueOf(subscription.get("id")));
    }

    @Override
    public List<Map<String, Object>> onNotification(
        Connection connection,
        Map<String, Object> subscription,
        Map<String, String> headers,
        byte[] rawBody) {
      if (!subscription.get("secret").equals(headers.get("x-fake-secret"))) {
        throw new AuthException(401, "webhook rejected: wrong X-Fake-Secret");
      }
      try {
        Object events = Json.parseObject(new String(rawBody, StandardCharsets.UTF_8)).get("events");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object event : (List<?>) events) {
          @SuppressWarnings("unchecked")
          Map<String, Object> map = (Map<String, Object>) event;
          out.add(map);
        }
        return out;
      } catch (JsonFormatException | ClassCastException | NullPointerException e) {
        throw new InputException("body", null, "{\"events\": [...]}");
      }
    }

    @Override
    public String dedupKey(Map<String, Object> event) {
      return String.valueOf(event.get("id"));
    }
  }

  static final class Apply implements Action {
    @Override
    public String id() {
      return "apply";
    }

    @Override
    public String title() {
      return "Apply";
    }

    @Override
    public String help() {
      return "";
    }

    @Override
    public List<Field> inputFields(Connection connection) {
      return List.of(Field.builder("id", FieldType.STRING).optional(false).build());
    }

    @Override
    public List<Field> outputFields(Connection connection) {
      return List.of(Field.builder("applied", FieldType.STRING).build());
    }

    @Override
    public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
      if (delayMillis > 0) {
        try {
          Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (rejectCredentials) {
        throw new AuthException(401, "the fake API rejected the credentials");
      }
      if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new ApiException(503, "the fake API is unavailable", List.of());
      }
      String id = String.valueOf(input.get("id"));
      APPLIED.add(id);
      return Map.of("applied", id);
    }
  }
}
