package dev.cprops.mock.api;

import static dev.cprops.mock.api.Bodies.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** Test data created through the API itself. */
final class Fixtures {
  /** One property per type: api_name {@code p_<type>}, access levels cycling over the four. */
  static final List<String[]> PROPERTIES =
      List.of(
          new String[] {"input", "editable"},
          new String[] {"email", "read_only"},
          new String[] {"textarea", "hidden"},
          new String[] {"dropdown", "hidden_everywhere"},
          new String[] {"checkbox", "editable"},
          new String[] {"country", "read_only"},
          new String[] {"region", "hidden"},
          new String[] {"date", "hidden_everywhere"},
          new String[] {"currency", "editable"},
          new String[] {"number", "read_only"},
          new String[] {"url", "hidden"},
          new String[] {"phone", "hidden_everywhere"});

  private Fixtures() {}

  static void createAllTypes(HttpApi vendor) {
    for (String[] p : PROPERTIES) {
      Map<String, Object> body =
          map("api_name", "p_" + p[0], "label", "P " + p[0], "type", p[0], "access", p[1]);
      if (p[0].equals("dropdown")) {
        body.put(
            "options",
            List.of(
                map("label", "Pro", "value", "pro"), map("label", "Enterprise", "value", "ent")));
      }
      HttpApi.Reply reply = vendor.post("/customer-properties", body);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }
  }

  /** Creates a partnership and returns its API key. */
  static String partner(HttpApi vendor, String partnerKey) {
    HttpApi.Reply reply =
        vendor.post(
            "/partnerships",
            map("partner_key", partnerKey, "email", partnerKey + "@partners.example", "name", "P"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return (String) reply.data().get("api_key");
  }

  static Map<String, Object> customer(HttpApi vendor, Map<String, Object> body) {
    HttpApi.Reply reply = vendor.post("/customers", body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.data();
  }

  /**
   * Subscribes {@code target} to {@code events}, with the given secret or (null) a generated one.
   */
  static Map<String, Object> webhook(
      HttpApi vendor, String target, List<String> events, String secret) {
    Map<String, Object> body = map("target", target, "events", events);
    if (secret != null) {
      body.put("secret", secret);
    }
    HttpApi.Reply reply = vendor.post("/webhooks", body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.data();
  }
}
