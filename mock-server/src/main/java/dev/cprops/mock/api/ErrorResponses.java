package dev.cprops.mock.api;

import dev.cprops.mock.store.StoreException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outermost interceptor: turns rejections into the error envelope with the right status, and an
 * unexpected failure (a bug, never bad input) into a 500 that is logged.
 */
final class ErrorResponses implements ApiInterceptor {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  @Override
  public ApiResponse intercept(ApiRequest request, Chain chain) {
    try {
      return chain.proceed(request);
    } catch (ApiException e) {
      return e.toResponse();
    } catch (StoreException e) {
      return ApiResponse.error(status(e.kind()), e.getMessage(), e.errors());
    } catch (RuntimeException e) {
      LOG.error("Internal error on {} {}", request.method(), request.path(), e);
      return ApiResponse.error(500, "Internal server error", List.of());
    }
  }

  static int status(StoreException.Kind kind) {
    return switch (kind) {
      case INVALID -> 400;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
    };
  }
}
