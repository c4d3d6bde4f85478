package dev.cprops.mock.api;

import dev.cprops.mock.errors.ErrorCode;
import dev.cprops.mock.store.FieldError;
import java.util.List;
import java.util.Map;

/** An HTTP-level rejection (401, 404, 405, 413, 415, 400 for a bad query or body). */
public final class ApiException extends RuntimeException {
  private final int status;
  private final List<FieldError> errors;
  private final Map<String, String> headers;

  ApiException(int status, String message, List<FieldError> errors, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.errors = List.copyOf(errors);
    this.headers = Map.copyOf(headers);
  }

  static ApiException of(int status, String message) {
    return new ApiException(status, message, List.of(), Map.of());
  }

  static ApiException badRequest(String field, ErrorCode code, String message) {
    return new ApiException(400, message, List.of(new FieldError(field, code, message)), Map.of());
  }

  static ApiException unauthorized() {
    return of(401, "Unauthorized");
  }

  ApiResponse toResponse() {
    ApiResponse response = ApiResponse.error(status, getMessage(), errors);
    for (Map.Entry<String, String> header : headers.entrySet()) {
      response = response.withHeader(header.getKey(), header.getValue());
    }
    return response;
  }
}
