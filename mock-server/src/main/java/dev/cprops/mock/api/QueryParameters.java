package dev.cprops.mock.api;

import dev.cprops.mock.errors.ErrorCode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of a request, decoded; each may appear once. Typed getters answer 400 with
 * the parameter as the error's field when a value is malformed.
 */
final class QueryParameters {
  private final Map<String, String> values;

  private QueryParameters(Map<String, String> values) {
    this.values = values;
  }

  static QueryParameters parse(String rawQuery) {
    Map<String, String> values = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return new QueryParameters(values);
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      if (values.put(name, value) != null) {
        throw ApiException.badRequest(
            name,
            ErrorCode.DUPLICATE_PARAMETER,
            "query parameter " + name + " is given more than once");
      }
    }
    return new QueryParameters(values);
  }

  /** Rejects every parameter not in {@code allowed}. */
  void allowOnly(Set<String> allowed) {
    for (String name : values.keySet()) {
      if (!allowed.contains(name)) {
        throw ApiException.badRequest(
            name,
            ErrorCode.UNKNOWN_PARAMETER,
            "unknown query parameter '"
                + name
                + "': expected one of "
                + String.join(", ", new TreeSet<>(allowed)));
      }
    }
  }

  String string(String name) {
    return values.get(name);
  }

  int integer(String name, int defaultValue, int min, int max) {
    String raw = values.get(name);
    if (raw == null) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(raw);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.badRequest(
        name,
        ErrorCode.INVALID_PARAMETER,
        name + " must be an integer from " + min + " to " + max + ", got '" + raw + "'");
  }

  long epochMillis(String name, long defaultValue) {
    String raw = values.get(name);
    if (raw == null) {
      return defaultValue;
    }
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(
          name,
          ErrorCode.INVALID_PARAMETER,
          name + " must be a time in epoch milliseconds, got '" + raw + "'");
    }
  }

  boolean bool(String name) {
    String raw = values.get(name);
    if (raw == null || raw.equals("false")) {
      return false;
    }
    if (raw.equals("true")) {
      return true;
    }
    throw ApiException.badRequest(
        name, ErrorCode.INVALID_PARAMETER, name + " must be true or false, got '" + raw + "'");
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "query",
          ErrorCode.INVALID_QUERY,
          "malformed percent-encoding in the query: '" + raw + "'");
    }
  }
}
