package dev.cprops.mock.api;

import dev.cprops.mock.json.RawJson;
import dev.cprops.mock.store.Customer;
import dev.cprops.mock.store.CustomerPropertiesStore;
import java.util.Map;

/** {@code /customers} and {@code /customers/{id}} for the vendor. */
final class CustomerRoutes {
  private static final String LIST = ApiRoutes.BASE_PATH + "/customers";
  private static final String ONE = LIST + "/{id}";

  private final CustomerPropertiesStore store;
  private final CustomerJsonCache rendered = new CustomerJsonCache(false);

  CustomerRoutes(CustomerPropertiesStore store) {
    this.store = store;
  }

  void register(Router router) {
    router
        .add(
            "GET",
            LIST,
            ListParameters.with(ListParameters.PAGING, ListParameters.CUSTOMER_FILTERS),
            (request, params) -> list(request))
        .add("POST", LIST, (request, params) -> create(request))
        .add("GET", ONE, this::get)
        .add("PATCH", ONE, this::update)
        .add("DELETE", ONE, this::archive);
  }

  private ApiResponse list(ApiRequest request) {
    QueryParameters query = QueryParameters.parse(request.rawQuery());
    boolean withFields = ListParameters.expandFields(query);
    var page =
        store.listCustomers(
            ListParameters.customerFilter(query), ListParameters.pageRequest(query));
    var schema = store.schema();
    return ApiResponse.ok(
        "Customers retrieved",
        Representations.page(
            page.map(c -> Representations.customer(c, schema, false, withFields))));
  }

  private ApiResponse create(ApiRequest request) {
    Customer created = store.createCustomer(RequestBodies.jsonObject(request));
    return ApiResponse.ok("Customer created", render(created));
  }

  private ApiResponse get(ApiRequest request, Map<String, String> params) {
    return ApiResponse.ok("Customer retrieved", render(store.getCustomer(params.get("id"))));
  }

  private ApiResponse update(ApiRequest request, Map<String, String> params) {
    Customer updated = store.updateCustomer(params.get("id"), RequestBodies.jsonObject(request));
    return ApiResponse.ok("Customer updated", render(updated));
  }

  private ApiResponse archive(ApiRequest request, Map<String, String> params) {
    return ApiResponse.ok("Customer archived", render(store.archiveCustomer(params.get("id"))));
  }

  private RawJson render(Customer customer) {
    return rendered.json(customer, store.schema());
  }
}
