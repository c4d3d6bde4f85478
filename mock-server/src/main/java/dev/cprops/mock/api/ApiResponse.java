package dev.cprops.mock.api;

import dev.cprops.mock.json.JsonValueWriter;
import dev.cprops.mock.store.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One HTTP response of the API: status, headers and body bytes; or, when {@code connectionReset} is
 * set, no answer at all: the server resets the connection instead (fault injection).
 */
public record ApiResponse(
    int status, Map<String, String> headers, byte[] body, boolean connectionReset) {
  public static final String JSON = "application/json; charset=utf-8";

  public ApiResponse {
    headers = Map.copyOf(headers);
  }

  public ApiResponse(int status, Map<String, String> headers, byte[] body) {
    this(status, headers, body, false);
  }

  /** No answer: the connection is reset by the server (TCP RST) instead. */
  public static ApiResponse resetConnection() {
    return new ApiResponse(500, Map.of(), new byte[0], true);
  }

  /** The success envelope {@code {"data": ..., "message": ..., "status": 200}}. */
  public static ApiResponse ok(String message, Object data) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("data", data);
    envelope.put("message", message);
    envelope.put("status", 200);
    return json(200, envelope);
  }

  /** The error envelope; {@code errors} is left out when empty. */
  public static ApiResponse error(int status, String message, List<FieldError> errors) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("message", message);
    envelope.put("status", status);
    if (!errors.isEmpty()) {
      List<Object> list = new ArrayList<>();
      for (FieldError error : errors) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("field", error.field());
        item.put("code", error.code().apiName());
        item.put("message", error.message());
        list.add(item);
      }
      envelope.put("errors", list);
    }
    return json(status, envelope);
  }

  public static ApiResponse json(int status, Object body) {
    return new ApiResponse(status, Map.of("Content-Type", JSON), JsonValueWriter.write(body));
  }

  /** This response with one more header. */
  public ApiResponse withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ApiResponse(status, more, body, connectionReset);
  }
}
