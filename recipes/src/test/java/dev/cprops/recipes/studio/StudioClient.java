package dev.cprops.recipes.studio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like client of a running studio: keeps its session cookie and CSRF token. */
public final class StudioClient {
  private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
  private final HttpClient http =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private final String base;
  private String token;

  public StudioClient(String url) {
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public String origin() {
    return base;
  }

  /** GETs a page (keeping the session's token); {@code [status, body]}. */
  public HttpResponse<String> get(String path) {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    Matcher m = TOKEN.matcher(response.body());
    if (m.find()) {
      token = m.group(1);
    }
    return response;
  }

  /** POSTs a form from the studio's own page (its Origin, its token). */
  public HttpResponse<String> post(String path, Map<String, String> form) {
    return post(path, form, base, token);
  }

  /** POSTs a form with the given Origin (none when null) and token (none when null). */
  public HttpResponse<String> post(
      String path, Map<String, String> form, String origin, String csrf) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
    if (origin != null) {
      request.header("Origin", origin);
    }
    if (csrf != null) {
      request.header("X-CSRF-Token", csrf);
    }
    return send(request.build());
  }

  public String token() {
    return token;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
