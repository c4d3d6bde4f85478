package dev.cprops.connector.client;

import dev.cprops.connector.internal.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Customers to and from the API's JSON. */
final class CustomerJson {
  private CustomerJson() {}

  static Customer read(JsonObject o) {
    List<CustomerField> fields =
        o.objects("fields").stream()
            .map(
                f ->
                    new CustomerField(
                        f.requiredString("api_name"),
                        f.string("label"),
                        f.string("type"),
                        f.string("access"),
                        f.raw("value")))
            .toList();
    return new Customer(
        o.requiredString("key"),
        o.string("customer_key"),
        o.string("email"),
        o.string("name"),
        o.string("partner_key"),
        o.string("partnership_key"),
        o.string("provider_key"),
        o.bool("test", false),
        o.bool("archived", false),
        o.longValue("created_at", 0),
        o.longValue("updated_at", 0),
        o.map("meta"),
        fields);
  }

  static Map<String, Object> write(NewCustomer c) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("email", c.email());
    body.put("partner_key", c.partnerKey());
    putIfPresent(body, "customer_key", c.customerKey());
    putIfPresent(body, "name", c.name());
    if (!c.meta().isEmpty()) {
      body.put("meta", c.meta());
    }
    return body;
  }

  static Map<String, Object> write(CustomerUpdate u) {
    Map<String, Object> body = new LinkedHashMap<>();
    putIfPresent(body, "email", u.email());
    putIfPresent(body, "name", u.name());
    if (!u.meta().isEmpty()) {
      body.put("meta", u.meta());
    }
    return body;
  }

  static void putIfPresent(Map<String, Object> body, String name, Object value) {
    if (value != null) {
      body.put(name, value);
    }
  }
}
