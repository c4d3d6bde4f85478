package dev.cprops.mock.portal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An answer of the portal: status, headers (a name may repeat, as Set-Cookie) and body. */
final class PortalResponse {
  /**
   * Pages load only the portal's own script and style sheet: no inline script or style, no other
   * origin, no framing.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none';"
          + " object-src 'none'";

  private final int status;
  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private final byte[] body;

  private PortalResponse(int status, byte[] body) {
    this.status = status;
    this.body = body;
  }

  /** An HTML page or fragment, never cached, under the portal's security headers. */
  static PortalResponse html(int status, String html) {
    return new PortalResponse(status, html.getBytes(StandardCharsets.UTF_8))
        .header("Content-Type", "text/html; charset=utf-8")
        .header("Cache-Control", "no-store")
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Referrer-Policy", "same-origin");
  }

  /**
   * Sends the browser to {@code location}: a 303 for a plain request; for htmx, a 200 with {@code
   * HX-Redirect} (htmx does not follow redirects into a full page load itself).
   */
  static PortalResponse redirect(PortalRequest request, String location) {
    if (request.htmx()) {
      return new PortalResponse(200, new byte[0])
          .header("HX-Redirect", location)
          .header("Cache-Control", "no-store");
    }
    return new PortalResponse(303, new byte[0])
        .header("Location", location)
        .header("Cache-Control", "no-store");
  }

  static PortalResponse bytes(int status, String contentType, byte[] body) {
    return new PortalResponse(status, body)
        .header("Content-Type", contentType)
        .header("X-Content-Type-Options", "nosniff");
  }

  PortalResponse header(String name, String value) {
    headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    return this;
  }

  int status() {
    return status;
  }

  Map<String, List<String>> headers() {
    return headers;
  }

  byte[] body() {
    return body;
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
