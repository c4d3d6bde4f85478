package dev.cprops.mock.api;

import dev.cprops.mock.store.CustomerPropertiesStore;
import dev.cprops.mock.webhooks.Webhooks;

/** Every route of the API under {@value #BASE_PATH}. */
final class ApiRoutes {
  static final String BASE_PATH = "/api/v2";

  private ApiRoutes() {}

  static Router all(CustomerPropertiesStore store, Webhooks webhooks) {
    Router router = new Router();
    new PropertyRoutes(store).register(router);
    new CustomerRoutes(store).register(router);
    new PartnerCustomerRoutes(store).register(router);
    new PartnershipRoutes(store).register(router);
    new WebhookRoutes(webhooks).register(router);
    new OpenApiRoute().register(router);
    return router;
  }
}
