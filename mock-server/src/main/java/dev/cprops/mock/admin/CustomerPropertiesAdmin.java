package dev.cprops.mock.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import dev.cprops.mock.crm.CrmStore;
import dev.cprops.mock.json.AdminJson;
import dev.cprops.mock.json.JsonSyntaxException;
import dev.cprops.mock.json.JsonValueReader;
import dev.cprops.mock.seed.DemoSeeder;
import dev.cprops.mock.seed.Seed;
import dev.cprops.mock.store.CustomerPropertiesStore;
import dev.cprops.mock.store.StoreCounts;
import dev.cprops.mock.webhooks.WebhookStats;
import dev.cprops.mock.webhooks.Webhooks;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The mock server's own admin routes, under WireMock's {@code /__admin}:
 *
 * <ul>
 *   <li>{@code POST /__admin/customer-properties/reset}: empties the store (vendor keys kept).
 *   <li>{@code POST /__admin/customer-properties/seed} with an optional body {@code {"seed":
 *       "demo"|"empty", "customers": N}} (defaults: the server's start-up settings): replaces the
 *       store's contents; answers the seeded partners' API keys.
 *   <li>{@code GET /__admin/customer-properties/stats}: counts of properties, customers,
 *       partnerships, webhooks and their deliveries, CRM companies, and the API requests served
 *       since start (the OpenAPI schema {@code AdminStats}; the reset and seed answers carry the
 *       same counts).
 * </ul>
 *
 * Answers use the API's envelope {@code {"data": ..., "message": ..., "status": ...}}.
 */
public final class CustomerPropertiesAdmin implements AdminApiExtension {
  static final String BASE = "/customer-properties";

  private static final int MAX_CUSTOMERS = 1_000_000;

  private final CustomerPropertiesStore store;
  private final DemoSeeder seeder;
  private final Seed defaultSeed;
  private final int defaultCustomers;
  private final LongSupplier requestsServed;
  private final Webhooks webhooks;
  private final CrmStore crm;

  public CustomerPropertiesAdmin(
      CustomerPropertiesStore store,
      DemoSeeder seeder,
      Seed defaultSeed,
      int defaultCustomers,
      LongSupplier requestsServed,
      Webhooks webhooks,
      CrmStore crm) {
    this.store = store;
    this.webhooks = webhooks;
    this.crm = crm;
    this.seeder = seeder;
    this.defaultSeed = defaultSeed;
    this.defaultCustomers = defaultCustomers;
    this.requestsServed = requestsServed;
  }

  @Override
  public String getName() {
    return "customer-properties-admin";
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    router.add(RequestMethod.POST, BASE + "/reset", reset());
    router.add(RequestMethod.POST, BASE + "/seed", seed());
    router.add(RequestMethod.GET, BASE + "/stats", stats());
  }

  private AdminTask reset() {
    return (admin, serveEvent, pathParams) -> {
      seeder.clear();
      return AdminJson.ok("Store reset", counts());
    };
  }

  private AdminTask seed() {
    return (admin, serveEvent, pathParams) -> {
      byte[] body = serveEvent.getRequest().getBody();
      Seed seed = defaultSeed;
      int customers = defaultCustomers;
      if (body != null && body.length > 0) {
        Object parsed;
        try {
          parsed = new JsonValueReader(JsonValueReader.DEFAULT_MAX_DEPTH).read(body);
        } catch (JsonSyntaxException e) {
          return AdminJson.error(400, e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> options)) {
          return AdminJson.error(400, "The body must be a JSON object {\"seed\", \"customers\"}");
        }
        for (Object name : options.keySet()) {
          if (!name.equals("seed") && !name.equals("customers")) {
            return AdminJson.error(400, "Unknown field '" + name + "': expected seed, customers");
          }
        }
        if (options.containsKey("seed")) {
          Object value = options.get("seed");
          seed = value instanceof String name ? Seed.fromApiName(name).orElse(null) : null;
          if (seed == null) {
            return AdminJson.error(400, "seed must be \"demo\" or \"empty\", got " + value);
          }
        }
        if (options.containsKey("customers")) {
          Object value = options.get("customers");
          if (!(value instanceof BigDecimal number)
              || number.signum() < 0
              || number.compareTo(BigDecimal.valueOf(MAX_CUSTOMERS)) > 0
              || number.stripTrailingZeros().scale() > 0) {
            return AdminJson.error(
                400, "customers must be an integer from 0 to " + MAX_CUSTOMERS + ", got " + value);
          }
          customers = number.intValue();
        }
      }
      Map<String, String> partnerKeys = seeder.seed(seed, customers);
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("seed", seed.apiName());
      data.putAll(counts());
      data.put("partner_keys", partnerKeys);
      return AdminJson.ok("Store seeded", data);
    };
  }

  private AdminTask stats() {
    return (admin, serveEvent, pathParams) -> AdminJson.ok("Stats", counts());
  }

  private Map<String, Object> counts() {
    StoreCounts counts = store.counts();
    WebhookStats deliveries = webhooks.stats();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("properties", counts.properties());
    data.put("customers", counts.customers());
    data.put("partnerships", counts.partnerships());
    data.put("webhooks", deliveries.webhooks());
    data.put("webhook_deliveries_pending", deliveries.pending());
    data.put("webhook_deliveries_succeeded", deliveries.succeeded());
    data.put("webhook_deliveries_failed", deliveries.failed());
    data.put("crm_companies", crm.size());
    data.put("requests_served", requestsServed.getAsLong());
    return data;
  }
}
