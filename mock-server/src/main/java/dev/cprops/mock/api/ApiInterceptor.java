package dev.cprops.mock.api;

/**
 * One stage of the request pipeline, in the style of OkHttp's interceptors: it may answer the
 * request itself, change it, or pass it on with {@link Chain#proceed(ApiRequest)} and look at (or
 * replace) the response. Cross-cutting concerns (errors, authentication; later rate limits, fault
 * injection, journaling) are interceptors; route handlers stay plain.
 */
public interface ApiInterceptor {
  ApiResponse intercept(ApiRequest request, Chain chain);

  /** The rest of the pipeline. */
  interface Chain {
    ApiResponse proceed(ApiRequest request);
  }
}
