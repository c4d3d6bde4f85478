package dev.cprops.mock.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A route path like {@code /api/v2/customers/{id}}; {@code {name}} matches one decoded segment. */
final class PathPattern {
  private final String template;
  private final String[] segments;

  PathPattern(String template) {
    this.template = template;
    this.segments = template.substring(1).split("/", -1);
  }

  String template() {
    return template;
  }

  /** The path parameters when {@code path} matches. */
  Optional<Map<String, String>> match(String path) {
    if (!path.startsWith("/")) {
      return Optional.empty();
    }
    String[] parts = path.substring(1).split("/", -1);
    if (parts.length != segments.length) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      String segment = segments[i];
      if (segment.startsWith("{")) {
        if (parts[i].isEmpty()) {
          return Optional.empty();
        }
        params.put(segment.substring(1, segment.length() - 1), decode(parts[i]));
      } else if (!segment.equals(parts[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(params);
  }

  private static String decode(String segment) {
    try {
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "path", "invalid_path", "malformed percent-encoding in the path: '" + segment + "'");
    }
  }
}
