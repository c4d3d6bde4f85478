package dev.cprops.mock.api;

import dev.cprops.mock.json.RawJson;
import dev.cprops.mock.store.Customer;
import dev.cprops.mock.store.CustomerPropertiesStore;
import java.util.Map;
import java.util.Set;

/**
 * {@code /partner/customers} and {@code /partner/customers/{id}}: a partner's own active customers,
 * with only {@code editable} and {@code read_only} values; another partner's customer is 404.
 */
final class PartnerCustomerRoutes {
  private static final String LIST = ApiRoutes.BASE_PATH + "/partner/customers";
  private static final String ONE = LIST + "/{id}";
  private static final Set<String> FILTERS =
      Set.of(
          "email",
          "customer_key",
          "min_created",
          "max_created",
          "min_updated",
          "max_updated",
          "expand");

  private final CustomerPropertiesStore store;
  private final CustomerJsonCache rendered = new CustomerJsonCache(true);

  PartnerCustomerRoutes(CustomerPropertiesStore store) {
    this.store = store;
  }

  void register(Router router) {
    router
        .add(
            "GET",
            LIST,
            ListParameters.with(ListParameters.PAGING, FILTERS),
            (request, params) -> list(request))
        .add("GET", ONE, this::get)
        .add("PATCH", ONE, this::update);
  }

  private ApiResponse list(ApiRequest request) {
    QueryParameters query = QueryParameters.parse(request.rawQuery());
    boolean withFields = ListParameters.expandFields(query);
    var page =
        store.listPartnerCustomers(
            request.caller().partnerKey(),
            ListParameters.customerFilter(query),
            ListParameters.pageRequest(query));
    var schema = store.schema();
    return ApiResponse.ok(
        "Customers retrieved",
        Representations.page(page.map(c -> Representations.customer(c, schema, true, withFields))));
  }

  private ApiResponse get(ApiRequest request, Map<String, String> params) {
    Customer customer = store.getPartnerCustomer(request.caller().partnerKey(), params.get("id"));
    return ApiResponse.ok("Customer retrieved", render(customer));
  }

  private ApiResponse update(ApiRequest request, Map<String, String> params) {
    Customer updated =
        store.updatePartnerCustomer(
            request.caller().partnerKey(), params.get("id"), RequestBodies.jsonObject(request));
    return ApiResponse.ok("Customer updated", render(updated));
  }

  private RawJson render(Customer customer) {
    return rendered.json(customer, store.schema());
  }
}
