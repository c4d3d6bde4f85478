package dev.cprops.mock.api;

import java.util.function.UnaryOperator;

/**
 * One HTTP request to the API, independent of WireMock: method, raw path (without the query), raw
 * query, header lookup, body bytes, the authenticated caller once known, and the client's address
 * (null when unknown).
 */
public record ApiRequest(
    String method,
    String path,
    String rawQuery,
    UnaryOperator<String> headers,
    byte[] body,
    Caller caller,
    String clientAddress) {

  /** A request whose client address is unknown. */
  public ApiRequest(
      String method,
      String path,
      String rawQuery,
      UnaryOperator<String> headers,
      byte[] body,
      Caller caller) {
    this(method, path, rawQuery, headers, body, caller, null);
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    return headers.apply(name);
  }

  public ApiRequest withCaller(Caller caller) {
    return new ApiRequest(method, path, rawQuery, headers, body, caller, clientAddress);
  }
}
