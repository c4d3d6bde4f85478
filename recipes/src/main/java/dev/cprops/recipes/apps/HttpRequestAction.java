package dev.cprops.recipes.apps;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.ApiException;
import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Inputs;
import dev.cprops.connector.spi.Json;
import dev.cprops.connector.spi.JsonFormatException;
import dev.cprops.connector.spi.TransientException;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code http.request}: one JSON HTTP request. The connection may give a {@code base_url} (for
 * relative URLs) and a {@code bearer_token} (a secret, sent as {@code Authorization}). An error
 * status fails the step unless {@code fail_on_error} is false: 401 as an auth error, others as an
 * API error.
 */
final class HttpRequestAction implements Action {
  private static final int BODY_EXCERPT = 200;
  private final HttpClient client;

  HttpRequestAction(HttpClient client) {
    this.client = client;
  }

  static List<Field> connectionFields() {
    return List.of(
        Field.builder("base_url", FieldType.STRING)
            .label("Base URL")
            .controlType(ControlType.URL)
            .hint("relative request URLs are resolved against it")
            .build(),
        Field.builder("bearer_token", FieldType.STRING)
            .label("Bearer token")
            .controlType(ControlType.PASSWORD)
            .hint("Sent as Authorization: Bearer ...; never logged.")
            .build());
  }

  @Override
  public String id() {
    return "request";
  }

  @Override
  public String title() {
    return "Send HTTP request";
  }

  @Override
  public String help() {
    return "Sends a request with an optional JSON body and returns the status, headers and body (parsed when it is JSON).";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        Field.builder("method", FieldType.STRING).label("Method").hint("default GET").build(),
        Field.builder("url", FieldType.STRING)
            .label("URL")
            .controlType(ControlType.URL)
            .optional(false)
            .hint("An http or https URL, or a path relative to the connection's base URL.")
            .build(),
        Field.builder("headers", FieldType.OBJECT)
            .label("Headers")
            .controlType(ControlType.KEY_VALUE)
            .hint("Header names and values.")
            .build(),
        Field.builder("query", FieldType.OBJECT)
            .label("Query parameters")
            .controlType(ControlType.KEY_VALUE)
            .hint("Names and values, URL-encoded for you.")
            .build(),
        Field.builder("body", FieldType.OBJECT)
            .label("JSON body")
            .hint("Sent as application/json.")
            .build(),
        Field.builder("timeout_seconds", FieldType.INTEGER)
            .label("Timeout (seconds)")
            .hint("default 30")
            .build(),
        Field.builder("fail_on_error", FieldType.BOOLEAN)
            .label("Fail on error status")
            .controlType(ControlType.CHECKBOX)
            .hint("default true")
            .build());
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    return List.of(
        Field.builder("status", FieldType.INTEGER).label("Status").build(),
        Field.builder("headers", FieldType.OBJECT)
            .label("Headers")
            .hint("names in lower case")
            .build(),
        Field.builder("body", FieldType.OBJECT)
            .label("Body")
            .hint("parsed JSON, text, or null when empty")
            .build());
  }

  @Override
  public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
    String method = Inputs.string(input, "method", "GET").strip().toUpperCase(Locale.ROOT);
    URI uri = uri(connection, input);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(Inputs.integer(input, "timeout_seconds", 30, 1, 3600)));
    Map<String, Object> headers = Inputs.object(input, "headers");
    headers.forEach((name, value) -> request.header(name, Inputs.text(value)));
    boolean hasAuthorization =
        headers.keySet().stream().anyMatch(n -> n.equalsIgnoreCase("authorization"));
    connection
        .string("bearer_token")
        .filter(token -> !hasAuthorization)
        .ifPresent(token -> request.header("Authorization", "Bearer " + token));
    if (input.containsKey("body")) {
      if (headers.keySet().stream().noneMatch(n -> n.equalsIgnoreCase("content-type"))) {
        request.header("Content-Type", "application/json");
      }
      request.method(method, HttpRequest.BodyPublishers.ofString(Json.compact(input.get("body"))));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response;
    try {
      response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new TransientException(method + " " + uri + " failed: " + e.getMessage(), e, 1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransientException(method + " " + uri + " was interrupted", e, 1);
    }
    int status = response.statusCode();
    if (status >= 400 && Inputs.bool(input, "fail_on_error", true)) {
      String message = method + " " + uri + " answered " + status + ": " + excerpt(response.body());
      throw status == 401
          ? new AuthException(status, message)
          : new ApiException(status, message, List.of());
    }
    Map<String, Object> output = new java.util.LinkedHashMap<>();
    output.put("status", BigDecimal.valueOf(status));
    output.put("headers", headers(response));
    output.put("body", body(response.body()));
    return output;
  }

  private static URI uri(Connection connection, Map<String, Object> input) {
    String url = Inputs.requiredString(input, "url", "an http or https URL").strip();
    String base = connection.string("base_url", "");
    if (!url.matches("(?i)https?://.*") && !base.isEmpty()) {
      url = base.replaceAll("/+$", "") + "/" + url.replaceAll("^/+", "");
    }
    Map<String, Object> query = Inputs.object(input, "query");
    if (!query.isEmpty()) {
      String encoded =
          query.entrySet().stream()
              .map(e -> encode(e.getKey()) + "=" + encode(Inputs.text(e.getValue())))
              .collect(Collectors.joining("&"));
      url += (url.contains("?") ? "&" : "?") + encoded;
    }
    try {
      URI uri = URI.create(url);
      if (uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
        throw new IllegalArgumentException("not an http(s) URL");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new InputException(
          "url", url, "an absolute http(s) URL, or a path with a base_url in the connection");
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static Map<String, Object> headers(HttpResponse<?> response) {
    Map<String, Object> headers = new TreeMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
    return headers;
  }

  private static Object body(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Json.parse(text);
    } catch (JsonFormatException e) {
      return text;
    }
  }

  private static String excerpt(String body) {
    String text = body == null ? "" : body.strip();
    return text.length() <= BODY_EXCERPT ? text : text.substring(0, BODY_EXCERPT) + "...";
  }
}
