package dev.cprops.mock.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small builders of request bodies for tests. */
final class Bodies {
  private Bodies() {}

  /** A map from alternating keys and values; null values allowed. */
  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static BigDecimal number(String literal) {
    return new BigDecimal(literal);
  }

  static Map<String, Object> customer(String customerKey, String partnerKey) {
    return map(
        "customer_key",
        customerKey,
        "email",
        customerKey + "@example.com",
        "partner_key",
        partnerKey);
  }
}
