package dev.cprops.connector.client;

import dev.cprops.connector.internal.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/** Partnerships to and from the API's JSON. */
final class PartnershipJson {
  private PartnershipJson() {}

  public static Partnership read(JsonObject o) {
    return new Partnership(
        o.string("key"),
        o.requiredString("partner_key"),
        o.string("email"),
        o.string("name"),
        o.longValue("created_at", 0),
        o.string("api_key"));
  }

  public static Map<String, Object> write(NewPartnership p) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("partner_key", p.partnerKey());
    body.put("email", p.email());
    CustomerJson.putIfPresent(body, "name", p.name());
    return body;
  }
}
