package dev.cprops.recipes.studio;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a request's query and form fields and writes answers with the studio's security headers (a
 * strict Content-Security-Policy: scripts and styles from the studio only).
 */
final class HttpExchangeIO {
  static final int MAX_BODY = 1 << 20;
  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private HttpExchangeIO() {}

  static Map<String, String> query(HttpExchange exchange) {
    return decode(exchange.getRequestURI().getRawQuery());
  }

  /**
   * The form fields of an {@code application/x-www-form-urlencoded} body (at most 1 MiB).
   *
   * @throws IOException if the body is larger
   */
  static Map<String, String> form(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        throw new IOException("request body over " + MAX_BODY + " bytes");
      }
      return decode(new String(body, StandardCharsets.UTF_8));
    }
  }

  /** Decodes {@code a=1&b=2}; the first of repeated names wins. */
  static Map<String, String> decode(String encoded) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return fields;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      fields.putIfAbsent(name, value);
    }
    return fields;
  }

  static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", type);
    headers.set("Content-Security-Policy", CSP);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "same-origin");
    headers.set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  static void html(HttpExchange exchange, int status, String html) throws IOException {
    send(exchange, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  static void json(HttpExchange exchange, int status, String json) throws IOException {
    send(exchange, status, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    send(exchange, 303, "text/plain; charset=utf-8", new byte[0]);
  }
}
