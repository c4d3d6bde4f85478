package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.JsonResponse;
import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Inputs;
import dev.cprops.connector.spi.PickOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code custom_api_request}: any request to the API, with the connection's authentication, retries
 * and error handling: the escape hatch for what no other action covers.
 */
public final class CustomApiRequestAction extends CustomerPropertiesAction {
  private static final List<String> METHODS = List.of("GET", "POST", "PATCH", "PUT", "DELETE");
  private static final Set<String> WITH_BODY = Set.of("POST", "PATCH", "PUT");

  public CustomApiRequestAction(Function<Connection, CustomerPropertiesContext> contexts) {
    super(contexts);
  }

  @Override
  public String id() {
    return "custom_api_request";
  }

  @Override
  public String title() {
    return "Custom API request";
  }

  @Override
  public String help() {
    return "Sends any request to the customer-properties API with this connection's"
        + " authentication and retries (a POST is never repeated once it may have arrived). The path"
        + " is relative to the base URL, e.g. /customers/acct_42.";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        Field.builder("method", FieldType.STRING)
            .label("Method")
            .controlType(ControlType.SELECT)
            .optional(false)
            .options(METHODS.stream().map(m -> new PickOption(m, m)).toList())
            .hint("The HTTP method.")
            .build(),
        Field.builder("path", FieldType.STRING)
            .label("Path")
            .optional(false)
            .hint("Relative to the base URL, e.g. /customers/acct_42 (already URL-encoded).")
            .build(),
        Field.builder("query", FieldType.OBJECT)
            .label("Query parameters")
            .controlType(ControlType.KEY_VALUE)
            .hint("Names and values, URL-encoded for you.")
            .build(),
        Field.builder("body", FieldType.OBJECT)
            .label("Body")
            .hint("A JSON object; POST, PATCH and PUT only.")
            .build());
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    return List.of(
        Field.builder("status", FieldType.INTEGER).label("HTTP status").build(),
        Field.builder("body", FieldType.OBJECT).label("Body").build());
  }

  @Override
  public Map<String, Object> sampleOutput() {
    return Map.of(
        "status",
        200,
        "body",
        Map.of("data", CustomerOutput.sample(), "message", "OK", "status", 200));
  }

  @Override
  public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
    String method =
        Inputs.requiredString(input, "method", "one of " + String.join(", ", METHODS))
            .toUpperCase(Locale.ROOT);
    if (!METHODS.contains(method)) {
      throw new InputException("method", method, "one of " + String.join(", ", METHODS));
    }
    String path = Inputs.requiredString(input, "path", "a path such as /customers");
    if (path.contains("://") || path.contains("..")) {
      throw new InputException("path", path, "a path relative to the base URL, e.g. /customers");
    }
    Map<String, Object> query = Inputs.object(input, "query");
    Object body = input.get("body");
    if (body != null && !WITH_BODY.contains(method)) {
      throw new InputException("body", Inputs.shown(body), "no body for a " + method);
    }
    JsonResponse response = context(connection).client().request(method, path, query, body);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", response.status());
    out.put("body", response.body());
    return out;
  }
}
