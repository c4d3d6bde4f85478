package dev.cprops.connector.client;

import dev.cprops.connector.internal.json.JsonObject;
import dev.cprops.connector.internal.json.JsonTree;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Sends JSON requests relative to the base URL and unwraps the {@code {"data": ...}} envelope;
 * every non-2xx answer goes through {@link ErrorMapper}. Thread-safe.
 */
final class ApiTransport {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final HttpUrl baseUrl;
  private final RetryingCaller caller;
  private final List<String> secrets;

  /**
   * @param secrets credential values that must never appear in an exception message
   */
  public ApiTransport(HttpUrl baseUrl, RetryingCaller caller, List<String> secrets) {
    this.baseUrl = baseUrl;
    this.caller = caller;
    this.secrets = List.copyOf(secrets);
  }

  /** The URL of the given path segments (each one encoded) and query parameters. */
  public HttpUrl url(List<String> segments, Map<String, String> query) {
    HttpUrl.Builder builder = baseUrl.newBuilder();
    segments.forEach(builder::addPathSegment);
    query.forEach(builder::addQueryParameter);
    return builder.build();
  }

  /** The URL of a path as written by a person, e.g. {@code "/customers/acct_42"}. */
  public HttpUrl rawUrl(String path, Map<String, ?> query) {
    HttpUrl.Builder builder = baseUrl.newBuilder();
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    if (!trimmed.isEmpty()) {
      builder.addEncodedPathSegments(trimmed);
    }
    query.forEach((name, value) -> builder.addQueryParameter(name, String.valueOf(value)));
    return builder.build();
  }

  /** Sends a request and returns the final answer, whatever its status. */
  public Exchange exchange(String method, HttpUrl url, Object body, boolean safeToRepeat) {
    RequestBody requestBody = body == null ? null : RequestBody.create(JsonTree.write(body), JSON);
    if (requestBody == null
        && (method.equals("POST") || method.equals("PATCH") || method.equals("PUT"))) {
      requestBody = RequestBody.create(new byte[0], JSON);
    }
    Request request =
        new Request.Builder()
            .url(url)
            .method(method, requestBody)
            .header("Accept", "application/json")
            .build();
    return caller.execute(request, label(method, url), safeToRepeat);
  }

  /** The parsed body of a successful answer ({@code null} when empty); throws for any other. */
  public Object successBody(Exchange exchange) {
    if (!exchange.result().isSuccessful()) {
      throw ErrorMapper.toException(exchange, secrets);
    }
    byte[] body = exchange.result().body();
    return body.length == 0 ? null : JsonTree.parse(body);
  }

  /** The {@code data} object of a successful answer. */
  public JsonObject data(Exchange exchange) {
    return JsonObject.root(successBody(exchange)).object("data");
  }

  /** Sends a request and returns the {@code data} object of its successful answer. */
  public JsonObject data(
      String method, List<String> segments, Map<String, String> query, Object body, boolean safe) {
    return data(exchange(method, url(segments, query), body, safe));
  }

  /** One page of a list: {@code {"data": {"has_more": ..., "items": [...]}}}. */
  public <T> PageIterator.Page<T> page(
      List<String> segments,
      Map<String, String> query,
      String startingAfter,
      Function<JsonObject, T> reader) {
    Map<String, String> withCursor = new java.util.LinkedHashMap<>(query);
    if (startingAfter != null) {
      withCursor.put("starting_after", startingAfter);
    }
    JsonObject data = data("GET", segments, withCursor, null, true);
    List<JsonObject> items = data.objects("items");
    String lastKey = items.isEmpty() ? null : items.get(items.size() - 1).requiredString("key");
    return new PageIterator.Page<>(
        items.stream().map(reader).toList(), data.bool("has_more", false), lastKey);
  }

  private String label(String method, HttpUrl url) {
    String path = url.encodedPath();
    String base = baseUrl.encodedPath().replaceAll("/$", "");
    return method + " " + (path.startsWith(base) ? path.substring(base.length()) : path);
  }
}
