package dev.cprops.mock.api;

import dev.cprops.mock.errors.ErrorCode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A route path like {@code /api/v2/customers/{id}}; {@code {name}} matches one decoded segment. */
final class PathPattern {
  private final String template;

  /** The literal segments; null where the template has a parameter. */
  private final String[] literals;

  /** The parameter names; null where the template has a literal. */
  private final String[] names;

  PathPattern(String template) {
    this.template = template;
    String[] segments = segments(template);
    this.literals = new String[segments.length];
    this.names = new String[segments.length];
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.startsWith("{")) {
        names[i] = segment.substring(1, segment.length() - 1);
      } else {
        literals[i] = segment;
      }
    }
  }

  String template() {
    return template;
  }

  /**
   * The segments of a raw path, still percent-encoded: {@code /a/b/} is {@code a}, {@code b} and an
   * empty one; null when the path does not start with {@code /}.
   */
  static String[] segments(String path) {
    if (!path.startsWith("/")) {
      return null;
    }
    int count = 1;
    for (int i = 1; i < path.length(); i++) {
      if (path.charAt(i) == '/') {
        count++;
      }
    }
    String[] segments = new String[count];
    int start = 1;
    for (int i = 0; i < count; i++) {
      int end = path.indexOf('/', start);
      end = end < 0 ? path.length() : end;
      segments[i] = path.substring(start, end);
      start = end + 1;
    }
    return segments;
  }

  /**
   * The path parameters when a path with these {@linkplain #segments(String) segments} matches.
   *
   * @throws ApiException (400) when a parameter's segment has malformed percent-encoding
   */
  Optional<Map<String, String>> match(String[] parts) {
    if (parts == null || parts.length != literals.length) {
      return Optional.empty();
    }
    int parameters = 0;
    for (int i = 0; i < parts.length; i++) {
      if (literals[i] != null ? !literals[i].equals(parts[i]) : parts[i].isEmpty()) {
        return Optional.empty();
      }
      if (literals[i] == null) {
        parameters++;
      }
    }
    Map<String, String> params = new LinkedHashMap<>(parameters * 2);
    for (int i = 0; i < parts.length; i++) {
      if (names[i] != null) {
        params.put(names[i], decode(parts[i]));
      }
    }
    return Optional.of(params);
  }

  private static String decode(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment; // nothing to decode: '+' stands for itself in a path
    }
    try {
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "path",
          ErrorCode.INVALID_PATH,
          "malformed percent-encoding in the path: '" + segment + "'");
    }
  }
}
