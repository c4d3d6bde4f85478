package dev.cprops.mock.webhooks;

import dev.cprops.mock.errors.ErrorCode;
import dev.cprops.mock.store.BodyFields;
import dev.cprops.mock.store.Problems;
import dev.cprops.mock.values.InvalidValueException;
import dev.cprops.mock.values.PropertyType;
import dev.cprops.mock.values.TextRules;
import dev.cprops.mock.values.ValueCanonicalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a create or PATCH body into a validated webhook, collecting every problem before failing
 * (400 with one error per problem, as for the other resources): {@code target} an absolute http or
 * https URL (the {@code url} property type's rule); {@code events} a non-empty array of distinct
 * event names; {@code secret} optional, 1 to 255 characters, generated ({@code whsec_…}) when
 * absent on create. No field is nullable: {@code null} is {@code invalid_type} on create and PATCH
 * alike (the rule of {@link BodyFields}).
 */
final class WebhookRules {
  static final int MAX_SECRET = 255;

  private static final Set<String> WRITABLE = Set.of("target", "events", "secret");
  private static final Set<String> READ_ONLY = Set.of("key", "created_at", "updated_at");

  private final Map<String, Object> body;
  private final Problems problems = new Problems();
  private final BodyFields fields;

  private WebhookRules(Map<String, Object> body) {
    this.body = body;
    this.fields = new BodyFields(body, problems);
    fields.rejectOthers(WRITABLE, Set.of(), READ_ONLY);
  }

  /** A new webhook, times not yet set. */
  static Webhook forCreate(Map<String, Object> body) {
    WebhookRules rules = new WebhookRules(body);
    rules.fields.require("target");
    rules.fields.require("events");
    String target = rules.target();
    List<WebhookEventType> events = rules.events();
    String secret = rules.secret();
    rules.problems.throwIfAny();
    return new Webhook(
        WebhookKeys.webhook(),
        target,
        events,
        secret != null ? secret : WebhookKeys.secret(),
        0,
        0);
  }

  /** {@code current} with the fields sent changed, times not yet set. */
  static Webhook forUpdate(Webhook current, Map<String, Object> body) {
    WebhookRules rules = new WebhookRules(body);
    String target = rules.target();
    List<WebhookEventType> events = rules.events();
    String secret = rules.secret();
    rules.problems.throwIfAny();
    return new Webhook(
        current.key(),
        target != null ? target : current.target(),
        events != null ? events : current.events(),
        secret != null ? secret : current.secret(),
        current.createdAt(),
        current.updatedAt());
  }

  private String target() {
    Object raw = body.get("target");
    if (raw == null) {
      return null;
    }
    try {
      return (String) ValueCanonicalizer.canonicalize(PropertyType.URL, null, raw);
    } catch (InvalidValueException e) {
      invalid("target", e.code(), "target: " + e.getMessage());
      return null;
    }
  }

  private List<WebhookEventType> events() {
    Object raw = body.get("events");
    if (raw == null) {
      return null;
    }
    if (!(raw instanceof List<?> names)) {
      invalid(
          "events",
          ErrorCode.INVALID_TYPE,
          "events must be an array of event names, got " + describe(raw));
      return null;
    }
    if (names.isEmpty()) {
      invalid(
          "events", ErrorCode.REQUIRED, "events must name at least one of " + WebhookEventType.ALL);
      return null;
    }
    List<WebhookEventType> events = new ArrayList<>();
    Set<WebhookEventType> seen = new HashSet<>();
    boolean valid = true;
    for (int i = 0; i < names.size(); i++) {
      String path = "events[" + i + "]";
      Object name = names.get(i);
      WebhookEventType type =
          name instanceof String text ? WebhookEventType.fromApiName(text).orElse(null) : null;
      if (type == null) {
        invalid(
            path,
            name instanceof String ? ErrorCode.INVALID_CHOICE : ErrorCode.INVALID_TYPE,
            path + " must be one of " + WebhookEventType.ALL + ", got " + describe(name));
        valid = false;
      } else if (!seen.add(type)) {
        invalid(path, ErrorCode.DUPLICATE_EVENT, "event '" + type.apiName() + "' is given twice");
        valid = false;
      } else {
        events.add(type);
      }
    }
    return valid ? events : null;
  }

  private String secret() {
    Object raw = body.get("secret");
    if (raw == null) {
      return null;
    }
    if (!(raw instanceof String secret)) {
      invalid("secret", ErrorCode.INVALID_TYPE, "secret must be a string, got " + describe(raw));
      return null;
    }
    int length = secret.codePointCount(0, secret.length());
    if (secret.isBlank()) {
      invalid("secret", ErrorCode.BLANK, "secret must not be blank");
      return null;
    }
    if (length > MAX_SECRET) {
      invalid(
          "secret",
          ErrorCode.TOO_LONG,
          "secret must have at most " + MAX_SECRET + " characters, got " + length);
      return null;
    }
    String unstorable = TextRules.unstorable(secret, false);
    if (unstorable != null) {
      invalid(
          "secret",
          ErrorCode.INVALID_TEXT,
          "secret contains " + unstorable + ": expected a single line without control characters");
      return null;
    }
    return secret;
  }

  private void invalid(String field, ErrorCode code, String message) {
    problems.invalid(field, code, message);
  }

  private static String describe(Object value) {
    if (value instanceof String text) {
      return "'" + (text.length() <= 40 ? text : text.substring(0, 37) + "...") + "'";
    } else if (value instanceof BigDecimal number) {
      return "the number " + number.toPlainString();
    } else if (value instanceof Map<?, ?>) {
      return "an object";
    } else if (value instanceof List<?>) {
      return "an array";
    }
    return String.valueOf(value);
  }
}
