package dev.cprops.mock.api;

import dev.cprops.mock.store.CreatedPartnership;
import dev.cprops.mock.store.CustomerPropertiesStore;

/** {@code /partnerships}: list (never with API keys) and create (the API key, once). */
final class PartnershipRoutes {
  private static final String LIST = ApiRoutes.BASE_PATH + "/partnerships";

  private final CustomerPropertiesStore store;

  PartnershipRoutes(CustomerPropertiesStore store) {
    this.store = store;
  }

  void register(Router router) {
    router
        .add("GET", LIST, ListParameters.PAGING, (request, params) -> list(request))
        .add("POST", LIST, (request, params) -> create(request));
  }

  private ApiResponse list(ApiRequest request) {
    QueryParameters query = QueryParameters.parse(request.rawQuery());
    return ApiResponse.ok(
        "Partnerships retrieved",
        Representations.page(
            store
                .listPartnerships(ListParameters.pageRequest(query))
                .map(p -> Representations.partnership(p, null))));
  }

  private ApiResponse create(ApiRequest request) {
    CreatedPartnership created = store.createPartnership(RequestBodies.jsonObject(request));
    return ApiResponse.ok(
        "Partnership created",
        Representations.partnership(created.partnership(), created.apiKey()));
  }
}
