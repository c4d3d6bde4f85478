package dev.cprops.mock.api;

import java.util.function.UnaryOperator;

/**
 * One HTTP request to the API, independent of WireMock: method, raw path (without the query), raw
 * query, header lookup, body bytes, and the authenticated caller once known.
 */
public record ApiRequest(
    String method,
    String path,
    String rawQuery,
    UnaryOperator<String> headers,
    byte[] body,
    Caller caller) {

  /** The first value of a header, or null. */
  public String header(String name) {
    return headers.apply(name);
  }

  public ApiRequest withCaller(Caller caller) {
    return new ApiRequest(method, path, rawQuery, headers, body, caller);
  }
}
