package dev.cprops.connector.internal.triggers;

import dev.cprops.connector.client.Customer;
import dev.cprops.connector.client.JsonResponse;
import dev.cprops.connector.internal.actions.CustomerOutput;
import dev.cprops.connector.internal.actions.LiveProperties;
import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.internal.fields.MetaCoercer;
import dev.cprops.connector.internal.fields.PropertyFields;
import dev.cprops.connector.internal.json.JsonObject;
import dev.cprops.connector.internal.json.JsonTree;
import dev.cprops.connector.spi.ApiException;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Inputs;
import dev.cprops.connector.spi.PickOption;
import dev.cprops.connector.spi.WebhookTrigger;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@code customer_event}: a webhook for customer events ({@code customer.created}, {@code
 * customer.updated}, {@code customer.deleted}). Subscribing registers the callback with {@code POST
 * /webhooks} and a fresh random secret; each notification's {@code X-Webhook-Signature} is checked
 * against that secret and its timestamp against the tolerance (5 minutes by default), and a
 * notification already accepted is rejected as a replay ({@link ReplayGuard}). Events are typed:
 * the customer's values as datapills, and {@code changes} as {@code field, from, to}.
 */
public final class CustomerEventTrigger implements WebhookTrigger {
  /** How far a notification's timestamp may be from now. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  static final List<String> EVENTS =
      List.of("customer.created", "customer.updated", "customer.deleted");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Function<Connection, CustomerPropertiesContext> contexts;
  private final Clock clock;
  private final Duration tolerance;

  public CustomerEventTrigger(
      Function<Connection, CustomerPropertiesContext> contexts, Clock clock, Duration tolerance) {
    this.contexts = Objects.requireNonNull(contexts, "contexts");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
  }

  @Override
  public String id() {
    return "customer_event";
  }

  @Override
  public String title() {
    return "Customer event (real time)";
  }

  @Override
  public String help() {
    return "Triggers at once when a customer is created, updated or archived, with what changed."
        + " Notifications are verified by their signature; forged or replayed ones are rejected.";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        Field.builder("events", FieldType.ARRAY)
            .label("Events")
            .of(FieldType.STRING)
            .controlType(ControlType.MULTISELECT)
            .options(EVENTS.stream().map(e -> new PickOption(e, e)).toList())
            .hint("Default: all three.")
            .build());
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    Field meta =
        connection == null
            ? LiveProperties.emptyMeta()
            : LiveProperties.load(contexts.apply(connection)).metaOutput();
    return List.of(
        Field.builder("event", FieldType.STRING).label("Event").build(),
        Field.builder("event_key", FieldType.STRING).label("Event ID").build(),
        Field.builder("created_at", FieldType.DATE_TIME).label("Occurred at").build(),
        Field.builder("customer", FieldType.OBJECT)
            .label("Customer")
            .properties(CustomerOutput.fields(meta))
            .build(),
        Field.builder("changes", FieldType.ARRAY)
            .label("Changes")
            .of(FieldType.OBJECT)
            .properties(
                List.of(
                    Field.builder("field", FieldType.STRING).label("Field").build(),
                    Field.builder("from", FieldType.STRING).label("From").build(),
                    Field.builder("to", FieldType.STRING).label("To").build()))
            .build());
  }

  @Override
  public Map<String, Object> sampleOutput() {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("field", "meta.mrr");
    change.put("from", new java.math.BigDecimal("100.00"));
    change.put("to", new java.math.BigDecimal("1200.00"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("event", "customer.updated");
    out.put("event_key", "evt_9fK2");
    out.put("created_at", "2024-11-24T09:01:00Z");
    out.put("customer", CustomerOutput.sample());
    out.put("changes", List.of(change));
    return out;
  }

  @Override
  public Map<String, Object> subscribe(
      Connection connection, Map<String, Object> input, String callbackUrl) {
    List<String> events = events(input);
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = HexFormat.of().formatHex(bytes);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("target", callbackUrl);
    body.put("events", events);
    body.put("secret", secret);
    JsonResponse response =
        contexts.apply(connection).client().request("POST", "/webhooks", Map.of(), body);
    String key = JsonObject.root(response.body()).object("data").requiredString("key");
    Map<String, Object> subscription = new LinkedHashMap<>();
    subscription.put("webhook_key", key);
    subscription.put("secret", secret);
    return subscription;
  }

  @Override
  public void unsubscribe(Connection connection, Map<String, Object> subscription) {
    String key = Inputs.requiredString(subscription, "webhook_key", "the key subscribe returned");
    try {
      contexts.apply(connection).client().request("DELETE", "/webhooks/" + key, Map.of(), null);
    } catch (ApiException e) {
      if (e.status() != 404) {
        throw e;
      }
    }
  }

  @Override
  public List<Map<String, Object>> onNotification(
      Connection connection,
      Map<String, Object> subscription,
      Map<String, String> headers,
      byte[] rawBody) {
    String secret = Inputs.requiredString(subscription, "secret", "the secret subscribe made");
    Instant now = clock.instant();
    WebhookSignature signature = WebhookSignature.parse(headers.get("x-webhook-signature"));
    signature.verify(secret, rawBody, now, tolerance);
    connection.state(ReplayGuard.class, c -> new ReplayGuard(tolerance)).accept(signature, now);
    JsonObject notification;
    try {
      notification = JsonObject.root(JsonTree.parse(rawBody));
    } catch (ConnectorException e) {
      throw new InputException(
          "body",
          rawBody.length + " bytes",
          "a JSON webhook notification (" + e.getMessage() + ")");
    }
    String event = notification.requiredString("event");
    if (!EVENTS.contains(event)) {
      return List.of();
    }
    MetaCoercer coercer = LiveProperties.load(contexts.apply(connection)).coercer();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("event", event);
    out.put("event_key", notification.requiredString("event_key"));
    out.put("created_at", CustomerOutput.time(notification.longValue("created_at", 0)));
    out.put("customer", CustomerOutput.of(Customer.fromJson(notification.map("data")), coercer));
    out.put("changes", changes(notification.map("changes"), coercer));
    return List.of(out);
  }

  @Override
  public String dedupKey(Map<String, Object> event) {
    return String.valueOf(event.get("event_key"));
  }

  private static List<Map<String, Object>> changes(Map<String, Object> raw, MetaCoercer coercer) {
    List<Map<String, Object>> changes = new ArrayList<>();
    raw.forEach(
        (field, value) -> {
          Map<?, ?> change = value instanceof Map<?, ?> m ? m : Map.of();
          Map<String, Object> item = new LinkedHashMap<>();
          item.put("field", field);
          item.put("from", typed(field, change.get("from"), coercer));
          item.put("to", typed(field, change.get("to"), coercer));
          changes.add(item);
        });
    return changes;
  }

  private static Object typed(String field, Object value, MetaCoercer coercer) {
    String prefix = PropertyFields.META + ".";
    if (value == null || !field.startsWith(prefix)) {
      return value;
    }
    String apiName = field.substring(prefix.length());
    return coercer.codec(apiName).map(c -> c.fromApi(value)).orElse(value);
  }

  private static List<String> events(Map<String, Object> input) {
    Object raw = input.get("events");
    if (raw == null) {
      return EVENTS;
    }
    List<?> list = raw instanceof List<?> l ? l : List.of(raw.toString().split(","));
    List<String> events = new ArrayList<>();
    for (Object item : list) {
      String event = String.valueOf(item).strip();
      if (!EVENTS.contains(event)) {
        throw new InputException("events", event, "one of " + String.join(", ", EVENTS));
      }
      events.add(event);
    }
    return events.isEmpty() ? EVENTS : events;
  }
}
