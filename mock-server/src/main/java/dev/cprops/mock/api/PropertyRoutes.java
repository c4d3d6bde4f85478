package dev.cprops.mock.api;

import dev.cprops.mock.store.CustomerPropertiesStore;
import dev.cprops.mock.store.PropertyDefinition;
import java.util.Map;

/** {@code /customer-properties} for the vendor and {@code /partner/customer-properties}. */
final class PropertyRoutes {
  private static final String LIST = ApiRoutes.BASE_PATH + "/customer-properties";
  private static final String ONE = LIST + "/{api_name}";
  private static final String PARTNER_LIST = ApiRoutes.BASE_PATH + "/partner/customer-properties";

  private final CustomerPropertiesStore store;

  PropertyRoutes(CustomerPropertiesStore store) {
    this.store = store;
  }

  void register(Router router) {
    router
        .add(
            "GET",
            LIST,
            ListParameters.with(ListParameters.PAGING, "include_archived"),
            (request, params) -> list(request, false))
        .add("POST", LIST, (request, params) -> create(request))
        .add("GET", ONE, (request, params) -> get(params))
        .add("PATCH", ONE, this::update)
        .add("DELETE", ONE, (request, params) -> archive(params))
        .add("GET", PARTNER_LIST, ListParameters.PAGING, (request, params) -> list(request, true));
  }

  private ApiResponse list(ApiRequest request, boolean forPartner) {
    QueryParameters query = QueryParameters.parse(request.rawQuery());
    boolean includeArchived = !forPartner && query.bool("include_archived");
    return ApiResponse.ok(
        "Customer properties retrieved",
        Representations.page(
            store
                .listProperties(ListParameters.pageRequest(query), includeArchived, forPartner)
                .map(Representations::property)));
  }

  private ApiResponse create(ApiRequest request) {
    PropertyDefinition created = store.createProperty(RequestBodies.jsonObject(request));
    return ApiResponse.ok("Customer property created", Representations.property(created));
  }

  private ApiResponse get(Map<String, String> params) {
    return ApiResponse.ok(
        "Customer property retrieved",
        Representations.property(store.getProperty(params.get("api_name"))));
  }

  private ApiResponse update(ApiRequest request, Map<String, String> params) {
    PropertyDefinition updated =
        store.updateProperty(params.get("api_name"), RequestBodies.jsonObject(request));
    return ApiResponse.ok("Customer property updated", Representations.property(updated));
  }

  private ApiResponse archive(Map<String, String> params) {
    return ApiResponse.ok(
        "Customer property archived",
        Representations.property(store.archiveProperty(params.get("api_name"))));
  }
}
