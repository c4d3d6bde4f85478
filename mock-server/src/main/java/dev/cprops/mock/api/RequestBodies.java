package dev.cprops.mock.api;

import dev.cprops.mock.errors.ErrorCode;
import dev.cprops.mock.json.JsonSyntaxException;
import dev.cprops.mock.json.JsonValueReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a request body as a JSON object: declared as JSON (else 415) in UTF-8 or a charset the
 * server can decode (else 415), well-formed text in that charset (invalid UTF-8 is malformed JSON,
 * never stored as U+FFFD), well-formed JSON at most {@value JsonValueReader#DEFAULT_MAX_DEPTH}
 * levels deep (else 400). The size limit is enforced while the body is read, before it gets here
 * ({@code http.FrontDoor}).
 */
final class RequestBodies {
  private static final JsonValueReader READER =
      new JsonValueReader(JsonValueReader.DEFAULT_MAX_DEPTH);

  private RequestBodies() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> jsonObject(ApiRequest request) {
    byte[] body = request.body() == null ? new byte[0] : request.body();
    String contentType = request.header("Content-Type");
    if (body.length > 0 && !isJson(contentType)) {
      throw ApiException.of(
          415,
          "Unsupported Content-Type "
              + (contentType == null ? "(none)" : "'" + contentType + "'")
              + ": expected application/json");
    }
    if (body.length == 0) {
      throw ApiException.badRequest("body", ErrorCode.REQUIRED, "A JSON object body is required");
    }
    Object value;
    try {
      value = READER.read(body, charset(contentType));
    } catch (JsonSyntaxException e) {
      throw ApiException.badRequest("body", e.code(), e.getMessage());
    }
    if (!(value instanceof Map<?, ?>)) {
      throw ApiException.badRequest(
          "body", ErrorCode.INVALID_TYPE, "The body must be a JSON object");
    }
    return (Map<String, Object>) value;
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  /** The {@code charset} parameter of the Content-Type (UTF-8 when absent); else 415. */
  private static Charset charset(String contentType) {
    String[] parts = contentType.split(";");
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      int equals = parameter.indexOf('=');
      if (equals < 0 || !parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
        continue;
      }
      String name = parameter.substring(equals + 1).trim();
      if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
        name = name.substring(1, name.length() - 1);
      }
      try {
        if (Charset.isSupported(name)) {
          return Charset.forName(name);
        }
      } catch (IllegalCharsetNameException e) {
        // reported below
      }
      throw ApiException.of(
          415,
          "Unsupported charset '"
              + name.replaceAll("\\p{Cntrl}", "?")
              + "' in Content-Type: expected utf-8 (or another charset the server can decode,"
              + " e.g. iso-8859-1)");
    }
    return StandardCharsets.UTF_8;
  }
}
