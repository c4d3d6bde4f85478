package dev.cprops.mock.api;

import java.util.List;
import java.util.function.Function;

/** Runs a request through the interceptors, in order, and then the final handler. */
final class RequestPipeline {
  private final List<ApiInterceptor> interceptors;
  private final Function<ApiRequest, ApiResponse> handler;

  RequestPipeline(List<ApiInterceptor> interceptors, Function<ApiRequest, ApiResponse> handler) {
    this.interceptors = List.copyOf(interceptors);
    this.handler = handler;
  }

  ApiResponse handle(ApiRequest request) {
    return proceed(0, request);
  }

  private ApiResponse proceed(int index, ApiRequest request) {
    if (index == interceptors.size()) {
      return handler.apply(request);
    }
    return interceptors.get(index).intercept(request, next -> proceed(index + 1, next));
  }
}
