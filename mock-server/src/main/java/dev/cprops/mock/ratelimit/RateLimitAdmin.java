package dev.cprops.mock.ratelimit;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import dev.cprops.mock.json.AdminJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The rate limit at run time, under WireMock's {@code /__admin}:
 *
 * <ul>
 *   <li>{@code GET /__admin/customer-properties/rate-limit}: the limit, the window, and the
 *       requests counted in the current window by credential.
 *   <li>{@code POST /__admin/customer-properties/rate-limit} with {@code {"limit": N}}: a new limit
 *       per credential and minute, at once (0 turns limiting off); counts are kept.
 *   <li>{@code DELETE /__admin/customer-properties/rate-limit}: forgets the counts, so every
 *       credential starts the current window afresh; the limit is kept.
 * </ul>
 */
public final class RateLimitAdmin implements AdminApiExtension {
  static final String PATH = "/customer-properties/rate-limit";

  private final FixedWindowRateLimiter limiter;

  public RateLimitAdmin(FixedWindowRateLimiter limiter) {
    this.limiter = limiter;
  }

  @Override
  public String getName() {
    return "customer-properties-rate-limit-admin";
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    router.add(
        RequestMethod.GET, PATH, (admin, event, params) -> AdminJson.ok("Rate limit", view()));
    router.add(RequestMethod.POST, PATH, set());
    router.add(
        RequestMethod.DELETE,
        PATH,
        (admin, event, params) -> {
          limiter.clearCounts();
          return AdminJson.ok("Rate-limit counts cleared", view());
        });
  }

  private AdminTask set() {
    return (admin, event, params) -> {
      try {
        Map<String, Object> body =
            AdminJson.readObject(event.getRequest().getBody(), Set.of("limit"));
        if (!body.containsKey("limit")) {
          throw new AdminJson.BadBody(
              "limit is required: requests per minute per credential, 0 for no limit");
        }
        limiter.setLimit(
            (int)
                AdminJson.integer("limit", body.get("limit"), 0, FixedWindowRateLimiter.MAX_LIMIT));
      } catch (AdminJson.BadBody e) {
        return AdminJson.error(400, e.getMessage());
      }
      return AdminJson.ok(limiter.limit() == 0 ? "Rate limit off" : "Rate limit set", view());
    };
  }

  private Map<String, Object> view() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("limit", limiter.limit());
    data.put("window_seconds", limiter.windowSeconds());
    data.put("window_reset", limiter.currentWindowResetEpochSecond());
    data.put("counts", limiter.currentCounts());
    return data;
  }
}
