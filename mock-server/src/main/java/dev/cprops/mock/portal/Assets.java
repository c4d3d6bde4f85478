package dev.cprops.mock.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal's static files under {@value #PREFIX}: its style sheet and script, and htmx from its
 * webjar (the version is the one on the class path; nothing comes from a CDN).
 */
final class Assets {
  static final String PREFIX = "/assets/";
  static final String HTMX_VERSION = "2.0.10";

  private static final Map<String, String> FILES =
      Map.of(
          "portal.css", "portal/assets/portal.css",
          "portal.js", "portal/assets/portal.js",
          "favicon.svg", "portal/assets/favicon.svg",
          "htmx.min.js",
              "META-INF/resources/webjars/htmx.org/" + HTMX_VERSION + "/dist/htmx.min.js");

  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  /** The file at {@code path} (under {@value #PREFIX}), or empty for an unknown one. */
  Optional<PortalResponse> serve(String path) {
    String name = path.substring(PREFIX.length());
    String resource = FILES.get(name);
    if (resource == null) {
      return Optional.empty();
    }
    byte[] body = cache.computeIfAbsent(resource, Assets::load);
    return Optional.of(
        PortalResponse.bytes(200, contentType(name), body)
            .header("Cache-Control", "public, max-age=300"));
  }

  private static String contentType(String name) {
    if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    if (name.endsWith(".svg")) {
      return "image/svg+xml";
    }
    return "text/javascript; charset=utf-8";
  }

  private static byte[] load(String resource) {
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
