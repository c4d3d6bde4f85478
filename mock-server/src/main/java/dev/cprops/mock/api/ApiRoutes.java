package dev.cprops.mock.api;

import dev.cprops.mock.store.CustomerPropertiesStore;

/** Every route of the API under {@value #BASE_PATH}. */
final class ApiRoutes {
  static final String BASE_PATH = "/api/v2";

  private ApiRoutes() {}

  static Router all(CustomerPropertiesStore store) {
    Router router = new Router();
    new PropertyRoutes(store).register(router);
    new CustomerRoutes(store).register(router);
    new PartnerCustomerRoutes(store).register(router);
    new PartnershipRoutes(store).register(router);
    new OpenApiRoute().register(router);
    return router;
  }
}
