package dev.cprops.mock.json;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * JSON in and out of the mock server's admin routes: answers in the API's envelope {@code {"data":
 * ..., "message": ..., "status": ...}}, and request bodies read as JSON objects whose fields are
 * checked by name and type, with messages that name the field, the value and what was expected.
 */
public final class AdminJson {
  private AdminJson() {}

  /** A request body that cannot be used; its message is meant for the client. */
  public static final class BadBody extends Exception {
    public BadBody(String message) {
      super(message, null, false, false);
    }
  }

  /** {@code 200} with {@code {"data": data, "message": message, "status": 200}}. */
  public static ResponseDefinition ok(String message, Object data) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("data", data);
    envelope.put("message", message);
    envelope.put("status", 200);
    return json(200, envelope);
  }

  /** An error in the envelope {@code {"message": message, "status": status}}. */
  public static ResponseDefinition error(int status, String message) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("message", message);
    envelope.put("status", status);
    return json(status, envelope);
  }

  /**
   * The body as a JSON object; an empty body is an empty object.
   *
   * @param fields the field names allowed
   * @throws BadBody when the body is not JSON, not an object, or has another field
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> readObject(byte[] body, Set<String> fields) throws BadBody {
    if (body == null || body.length == 0) {
      return Map.of();
    }
    Object parsed;
    try {
      parsed = new JsonValueReader(JsonValueReader.DEFAULT_MAX_DEPTH).read(body);
    } catch (JsonSyntaxException e) {
      throw new BadBody(e.getMessage());
    }
    if (!(parsed instanceof Map<?, ?> object)) {
      throw new BadBody("The body must be a JSON object with the fields " + fields);
    }
    for (Object name : object.keySet()) {
      if (!fields.contains(name)) {
        throw new BadBody("Unknown field '" + name + "': expected one of " + fields);
      }
    }
    return (Map<String, Object>) object;
  }

  /**
   * A whole number within bounds.
   *
   * @throws BadBody naming the field, the value and the bounds
   */
  public static long integer(String field, Object value, long min, long max) throws BadBody {
    if (!(value instanceof BigDecimal number)
        || number.stripTrailingZeros().scale() > 0
        || number.compareTo(BigDecimal.valueOf(min)) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new BadBody(
          field + " must be an integer from " + min + " to " + max + ", got " + describe(value));
    }
    return number.longValueExact();
  }

  /**
   * A number within bounds.
   *
   * @throws BadBody naming the field, the value and the bounds
   */
  public static double number(String field, Object value, double min, double max) throws BadBody {
    if (!(value instanceof BigDecimal number)
        || number.doubleValue() < min
        || number.doubleValue() > max) {
      throw new BadBody(
          field
              + " must be a number from "
              + plain(min)
              + " to "
              + plain(max)
              + ", got "
              + describe(value));
    }
    return number.doubleValue();
  }

  /** A value as it appeared in JSON, for messages: strings quoted. */
  public static String describe(Object value) {
    if (value instanceof String string) {
      return "\"" + string + "\"";
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    return String.valueOf(value);
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static ResponseDefinition json(int status, Object body) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(JsonValueWriter.write(body))
        .build();
  }
}
