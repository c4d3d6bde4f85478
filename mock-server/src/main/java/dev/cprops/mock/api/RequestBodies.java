package dev.cprops.mock.api;

import dev.cprops.mock.errors.ErrorCode;
import dev.cprops.mock.json.JsonSyntaxException;
import dev.cprops.mock.json.JsonValueReader;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a request body as a JSON object: at most 1 MiB (else 413), declared as JSON (else 415),
 * well-formed and at most {@value JsonValueReader#DEFAULT_MAX_DEPTH} levels deep (else 400).
 */
final class RequestBodies {
  /** The largest body accepted: 1 MiB. */
  static final int MAX_BYTES = 1024 * 1024;

  private static final JsonValueReader READER =
      new JsonValueReader(JsonValueReader.DEFAULT_MAX_DEPTH);

  private RequestBodies() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> jsonObject(ApiRequest request) {
    byte[] body = request.body() == null ? new byte[0] : request.body();
    if (body.length > MAX_BYTES) {
      throw ApiException.of(
          413, "Request body too large: " + body.length + " bytes, expected at most " + MAX_BYTES);
    }
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
      value = READER.read(body);
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
}
