package dev.cprops.mock.crm;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A CRM request's query parameters; a parameter may repeat (HubSpot's {@code properties}). */
final class CrmQuery {
  private final Map<String, List<String>> values;

  private CrmQuery(Map<String, List<String>> values) {
    this.values = values;
  }

  static CrmQuery parse(String rawQuery) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
    }
    return new CrmQuery(values);
  }

  /** The first value of a parameter, or null. */
  String first(String name) {
    List<String> list = values.get(name);
    return list == null ? null : list.get(0);
  }

  int integer(String name, int defaultValue, int min, int max) {
    String raw = first(name);
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
    throw CrmException.validation(
        name + " must be an integer from " + min + " to " + max + ", got '" + raw + "'");
  }

  /** The property names asked for ({@code properties=a,b&properties=c}), or null when none. */
  List<String> properties() {
    List<String> raw = values.get("properties");
    if (raw == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (String value : raw) {
      for (String name : value.split(",")) {
        if (!name.isBlank()) {
          names.add(name.strip());
        }
      }
    }
    return names;
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw CrmException.validation("malformed percent-encoding in the query: '" + raw + "'");
    }
  }
}
