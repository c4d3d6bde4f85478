package dev.cprops.mock.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * Who may use WireMock's {@code /__admin} routes (reset, seed, chaos, mappings, shutdown...), which
 * take no credentials of their own. A web page the developer happens to visit must not reach them:
 *
 * <ul>
 *   <li>a request from another origin ({@code Origin} not this server) is refused, preflights
 *       included, so no admin answer grants CORS to a foreign origin;
 *   <li>the {@code Host} must be an IP address, {@code localhost} or the bound host, so a DNS name
 *       rebound to 127.0.0.1 does not make a foreign page same-origin;
 *   <li>a POST, PUT or PATCH must be JSON ({@code Content-Type: application/json}) or carry {@code
 *       X-Requested-By}, which no cross-site form or "simple" request can;
 *   <li>with an admin token, every request must carry it as {@code Authorization: Bearer <token>}
 *       (or {@code Token <token>}, as WireMock's client sends it); the token also lifts the Host
 *       rule, for admin use through a DNS name.
 * </ul>
 */
final class AdminGate {
  static final String CUSTOM_HEADER = "X-Requested-By";

  /** Why a request was refused. */
  record Refusal(int status, String message, String challenge) {}

  private final byte[] token;
  private final String bindHost;

  AdminGate(String token, String bindHost) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.bindHost = bindHost.toLowerCase(Locale.ROOT);
  }

  Optional<Refusal> check(Request request) {
    String host = request.getHeaders().get(HttpHeader.HOST);
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    if (origin != null && !sameOrigin(origin, host)) {
      return refuse(
          403,
          "Cross-origin request refused: admin routes answer only pages of this server, not "
              + describe(origin));
    }
    boolean tokenValid = token != null && carriesToken(request);
    if (token != null && !tokenValid) {
      return Optional.of(
          new Refusal(
              401,
              "Admin token required: send Authorization: Bearer <the --admin-token>",
              "Bearer realm=\"admin\""));
    }
    if (!tokenValid && host != null && !localName(hostName(host))) {
      return refuse(
          403,
          "Host "
              + describe(host)
              + " refused: admin routes answer requests to an IP address, localhost or "
              + bindHost
              + " (or with the admin token)");
    }
    String method = request.getMethod();
    boolean hasBodyMethod = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    if (hasBodyMethod && !isJson(request) && request.getHeaders().get(CUSTOM_HEADER) == null) {
      return refuse(
          415,
          "Admin "
              + method
              + " requests must be sent as Content-Type: application/json or carry the header "
              + CUSTOM_HEADER);
    }
    return Optional.empty();
  }

  private boolean carriesToken(Request request) {
    String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    if (authorization == null) {
      return false;
    }
    String given;
    if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      given = authorization.substring(7).strip();
    } else if (authorization.regionMatches(true, 0, "Token ", 0, 6)) {
      given = authorization.substring(6).strip();
    } else {
      return false;
    }
    return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token);
  }

  private static Optional<Refusal> refuse(int status, String message) {
    return Optional.of(new Refusal(status, message, null));
  }

  private static boolean isJson(Request request) {
    String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (contentType == null) {
      return false;
    }
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  private static boolean sameOrigin(String origin, String host) {
    if (host == null) {
      return false;
    }
    try {
      URI uri = new URI(origin);
      if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
        return false;
      }
      String authority = uri.getRawAuthority();
      return authority != null && authority.equalsIgnoreCase(host.strip());
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The host of a {@code Host} header, without the port and the brackets of an IPv6 address. */
  private static String hostName(String host) {
    String value = host.strip().toLowerCase(Locale.ROOT);
    if (value.startsWith("[")) {
      int close = value.indexOf(']');
      return close < 0 ? value : value.substring(1, close);
    }
    int colon = value.lastIndexOf(':');
    return colon < 0 ? value : value.substring(0, colon);
  }

  private boolean localName(String name) {
    return name.equals("localhost")
        || name.endsWith(".localhost")
        || name.equals(bindHost)
        || isIpLiteral(name);
  }

  private static boolean isIpLiteral(String name) {
    if (name.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return true;
    }
    return name.indexOf(':') >= 0 && name.matches("[0-9a-f:.%a-z]+") && !name.contains("..");
  }

  private static String describe(String value) {
    String shown = value.length() > 100 ? value.substring(0, 100) + "..." : value;
    return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
  }
}
