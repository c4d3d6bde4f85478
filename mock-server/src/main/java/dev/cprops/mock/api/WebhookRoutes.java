package dev.cprops.mock.api;

import dev.cprops.mock.errors.ErrorCode;
import dev.cprops.mock.store.PageRequest;
import dev.cprops.mock.webhooks.Webhook;
import dev.cprops.mock.webhooks.Webhooks;
import java.util.Map;

/** {@code /webhooks}, {@code /webhooks/{key}} and {@code /webhooks/{key}/deliveries}. */
final class WebhookRoutes {
  private static final String LIST = ApiRoutes.BASE_PATH + "/webhooks";
  private static final String ONE = LIST + "/{key}";
  private static final String DELIVERIES = ONE + "/deliveries";

  private final Webhooks webhooks;

  WebhookRoutes(Webhooks webhooks) {
    this.webhooks = webhooks;
  }

  void register(Router router) {
    router
        .add("GET", LIST, ListParameters.PAGING, (request, params) -> list(request))
        .add("POST", LIST, (request, params) -> create(request))
        .add("GET", ONE, this::get)
        .add("PATCH", ONE, this::update)
        .add("DELETE", ONE, this::delete)
        .add(
            "GET",
            DELIVERIES,
            ListParameters.with(ListParameters.PAGING, "event_key"),
            this::deliveries);
  }

  private ApiResponse list(ApiRequest request) {
    QueryParameters query = QueryParameters.parse(request.rawQuery());
    return ApiResponse.ok(
        "Webhooks retrieved",
        Representations.page(
            webhooks
                .list(ListParameters.pageRequest(query))
                .map(w -> Representations.webhook(w, false))));
  }

  private ApiResponse create(ApiRequest request) {
    Webhook created = webhooks.create(RequestBodies.jsonObject(request));
    return ApiResponse.ok("Webhook created", Representations.webhook(created, true));
  }

  private ApiResponse get(ApiRequest request, Map<String, String> params) {
    return ApiResponse.ok(
        "Webhook retrieved", Representations.webhook(webhooks.get(params.get("key")), false));
  }

  private ApiResponse update(ApiRequest request, Map<String, String> params) {
    Webhook updated = webhooks.update(params.get("key"), RequestBodies.jsonObject(request));
    return ApiResponse.ok("Webhook updated", Representations.webhook(updated, false));
  }

  private ApiResponse delete(ApiRequest request, Map<String, String> params) {
    return ApiResponse.ok(
        "Webhook deleted", Representations.webhook(webhooks.delete(params.get("key")), false));
  }

  private ApiResponse deliveries(ApiRequest request, Map<String, String> params) {
    QueryParameters query = QueryParameters.parse(request.rawQuery());
    PageRequest page = ListParameters.pageRequest(query);
    if (page.order().byUpdatedAt()) {
      throw ApiException.badRequest(
          "order_by",
          ErrorCode.INVALID_PARAMETER,
          "order_by must be created_at or -created_at for deliveries (attempts never change), got '"
              + page.order().apiName()
              + "'");
    }
    return ApiResponse.ok(
        "Webhook deliveries retrieved",
        Representations.page(
            webhooks
                .deliveries(params.get("key"), query.string("event_key"), page)
                .map(Representations::delivery)));
  }
}
