package dev.cprops.mock.portal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A request to the portal: method, raw path (still percent-encoded; the router decodes each
 * segment), decoded query and form parameters, headers and cookies.
 */
record PortalRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, List<String>> form,
    Function<String, String> headers,
    Map<String, String> cookies) {

  static PortalRequest of(
      String method,
      String url,
      String contentType,
      byte[] body,
      Function<String, String> headers) {
    int question = url.indexOf('?');
    String rawPath = question < 0 ? url : url.substring(0, question);
    String rawQuery = question < 0 ? "" : url.substring(question + 1);
    boolean formBody =
        contentType != null
            && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    Map<String, List<String>> form =
        formBody && body != null ? parameters(new String(body, StandardCharsets.UTF_8)) : Map.of();
    return new PortalRequest(
        method, rawPath, parameters(rawQuery), form, headers, cookies(headers.apply("Cookie")));
  }

  String header(String name) {
    return headers.apply(name);
  }

  /** Whether htmx sent the request (it then wants a fragment, not a whole page). */
  boolean htmx() {
    return "true".equals(header("HX-Request"));
  }

  boolean isPost() {
    return method.equals("POST");
  }

  /** The first value of a query parameter, or "" when absent. */
  String query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? "" : values.get(0);
  }

  /** The first value of a form field, or null when absent. */
  String formValue(String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The first value of a form field, or "" when absent. */
  String formText(String name) {
    String value = formValue(name);
    return value == null ? "" : value;
  }

  List<String> formValues(String name) {
    return form.getOrDefault(name, List.of());
  }

  private static Map<String, List<String>> parameters(String encoded) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (encoded.isEmpty()) {
      return parameters;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return parameters;
  }

  static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  private static Map<String, String> cookies(String header) {
    Map<String, String> cookies = new LinkedHashMap<>();
    if (header == null) {
      return cookies;
    }
    for (String part : header.split(";")) {
      int equals = part.indexOf('=');
      if (equals > 0) {
        cookies.putIfAbsent(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
      }
    }
    return cookies;
  }
}
