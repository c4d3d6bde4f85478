package dev.cprops.recipes.studio;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions and request forgery protection. Each browser gets a session cookie ({@code HttpOnly},
 * {@code SameSite=Strict}) and a token bound to it; every write request must carry that token
 * (header {@code X-CSRF-Token} or form field {@code _csrf}), its {@code Origin} (when sent, as
 * browsers do) must be the studio's own, and every request's {@code Host} must be the studio's
 * address, so a page of another site (or a DNS-rebound name) can neither post nor read.
 */
final class CsrfGuard {
  static final String COOKIE = "studio_session";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, String> tokens = new ConcurrentHashMap<>();
  private volatile int port;

  void port(int port) {
    this.port = port;
  }

  /** The session's token, starting a session (and setting its cookie) when there is none. */
  String token(HttpExchange exchange) {
    Optional<String> session = session(exchange);
    if (session.isPresent() && tokens.containsKey(session.get())) {
      return tokens.get(session.get());
    }
    String id = random();
    String token = random();
    tokens.put(id, token);
    exchange
        .getResponseHeaders()
        .add("Set-Cookie", COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict");
    return token;
  }

  /** Whether the Host header names the studio (127.0.0.1 or localhost on its port). */
  boolean hostAllowed(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    return host != null && (host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port));
  }

  /**
   * Why a write request is refused, or {@code null} when it may proceed.
   *
   * @param formToken the {@code _csrf} form field, if any
   */
  String refusal(HttpExchange exchange, String formToken) {
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    if (origin != null
        && !origin.equals("http://127.0.0.1:" + port)
        && !origin.equals("http://localhost:" + port)) {
      return "cross-site request refused (Origin " + origin + ")";
    }
    String expected = session(exchange).map(tokens::get).orElse(null);
    String given = exchange.getRequestHeaders().getFirst("X-CSRF-Token");
    if (given == null) {
      given = formToken;
    }
    if (expected == null
        || given == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
      return "missing or wrong CSRF token: reload the page";
    }
    return null;
  }

  private static Optional<String> session(HttpExchange exchange) {
    String cookies = exchange.getRequestHeaders().getFirst("Cookie");
    if (cookies == null) {
      return Optional.empty();
    }
    for (String cookie : cookies.split(";")) {
      String[] pair = cookie.trim().split("=", 2);
      if (pair.length == 2 && pair[0].equals(COOKIE)) {
        return Optional.of(pair[1]);
      }
    }
    return Optional.empty();
  }

  private static String random() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
