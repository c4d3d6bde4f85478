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
import dev.cprops.connector.spi.UnreachableException;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code http.request}: one JSON HTTP request. The connection may give a {@code base_url} (for
 * relative URLs) and one kind of credentials, all secrets: a {@code bearer_token} (sent as {@code
 * Authorization: Bearer}), an {@code api_key} (sent in the header {@code api_key_header}, default
 * {@value #DEFAULT_API_KEY_HEADER}), or a {@code username} and {@code password} (HTTP basic). An
 * {@code Authorization} header in the input wins over the connection's. An error status fails the
 * step unless {@code fail_on_error} is false: 401 as an auth error, others as an API error. A
 * request that gets no answer fails with one line saying why (refused, unknown host, TLS, timeout).
 */
final class HttpRequestAction implements Action {
  static final String DEFAULT_API_KEY_HEADER = "X-API-Key";
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
            .build(),
        Field.builder("api_key", FieldType.STRING)
            .label("API key")
            .controlType(ControlType.PASSWORD)
            .hint("Sent in the header named by api_key_header; never logged.")
            .build(),
        Field.builder("api_key_header", FieldType.STRING)
            .label("API key header")
            .hint("The header the API key goes in; default " + DEFAULT_API_KEY_HEADER + ".")
            .build(),
        Field.builder("username", FieldType.STRING)
            .label("User name")
            .hint("HTTP basic authentication, with password.")
            .build(),
        Field.builder("password", FieldType.STRING)
            .label("Password")
            .controlType(ControlType.PASSWORD)
            .hint("HTTP basic authentication, with username; never logged.")
            .build());
  }

  /**
   * Checks a connection's credentials: a bearer token or basic authentication (both would go in the
   * {@code Authorization} header), basic authentication with both its halves, an API key header
   * that is a header name.
   *
   * @throws InputException naming the field (never a secret's value)
   */
  static void checkConnection(Connection connection) {
    boolean bearer = connection.string("bearer_token").isPresent();
    boolean apiKey = connection.string("api_key").isPresent();
    boolean user = connection.string("username").isPresent();
    boolean password = connection.string("password").isPresent();
    if (bearer && (user || password)) {
      throw new InputException(
          "bearer_token",
          "set together with username and password",
          "one of them: both go in the Authorization header");
    }
    if (user && !password) {
      throw new InputException("password", null, "a password to go with username (HTTP basic)");
    }
    if (password && !user) {
      throw new InputException("username", null, "a user name to go with password (HTTP basic)");
    }
    String header = connection.string("api_key_header", DEFAULT_API_KEY_HEADER);
    if (!header.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
      throw new InputException("api_key_header", header, "a header name such as X-API-Key");
    }
    if (connection.string("api_key_header").isPresent() && !apiKey) {
      throw new InputException("api_key", null, "an API key to send in " + header);
    }
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
    Duration timeout = Duration.ofSeconds(Inputs.integer(input, "timeout_seconds", 30, 1, 3600));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout);
    Map<String, Object> headers = Inputs.object(input, "headers");
    headers.forEach((name, value) -> request.header(name, Inputs.text(value)));
    boolean hasAuthorization =
        headers.keySet().stream().anyMatch(n -> n.equalsIgnoreCase("authorization"));
    credentials(connection, hasAuthorization, headers).forEach(request::header);
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
      throw UnreachableException.of(
          method + " " + uri, uri, e, 1, timeout, "raise the step's timeout_seconds");
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

  /** The headers that carry the connection's credentials (none when the input has its own). */
  private static Map<String, String> credentials(
      Connection connection, boolean hasAuthorization, Map<String, Object> headers) {
    Map<String, String> sent = new java.util.LinkedHashMap<>();
    Optional<String> apiKey = connection.string("api_key");
    if (apiKey.isPresent()) {
      String header = connection.string("api_key_header", DEFAULT_API_KEY_HEADER);
      if (headers.keySet().stream().noneMatch(n -> n.equalsIgnoreCase(header))) {
        sent.put(header, apiKey.get());
      }
    }
    if (hasAuthorization) {
      return sent;
    }
    connection
        .string("bearer_token")
        .ifPresent(token -> sent.put("Authorization", "Bearer " + token));
    Optional<String> user = connection.string("username");
    Optional<String> password = connection.string("password");
    if (user.isPresent() && password.isPresent()) {
      String pair = user.get() + ":" + password.get();
      sent.put(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    return sent;
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
