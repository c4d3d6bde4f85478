package dev.cprops.connector.client;

import dev.cprops.connector.internal.json.JsonObject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer as the API returns it; immutable.
 *
 * @param key the server's internal key ({@code cus_...})
 * @param customerKey the vendor's own id, or {@code null}
 * @param email the customer's email
 * @param name the display name, or {@code null}
 * @param partnerKey the partner the customer belongs to
 * @param partnershipKey the partnership's key, or {@code null}
 * @param providerKey the provider's key, or {@code null}
 * @param test whether it is a test customer
 * @param archived whether it is archived
 * @param createdAt epoch milliseconds
 * @param updatedAt epoch milliseconds
 * @param meta property values by {@code api_name}, as the API returned them: {@code String}, {@code
 *     Boolean}, {@code java.math.BigDecimal} or {@code null}; unmodifiable
 * @param fields the property values with their definitions; empty unless the API sent them
 */
public record Customer(
    String key,
    String customerKey,
    String email,
    String name,
    String partnerKey,
    String partnershipKey,
    String providerKey,
    boolean test,
    boolean archived,
    long createdAt,
    long updatedAt,
    Map<String, Object> meta,
    List<CustomerField> fields) {

  /**
   * Reads a customer as the API writes it in JSON (for example the {@code data} of a webhook
   * notification), already parsed into plain values.
   *
   * @throws dev.cprops.connector.spi.ConnectorException naming the field when it is not a customer
   */
  public static Customer fromJson(Map<String, ?> json) {
    return CustomerJson.read(JsonObject.root(json));
  }

  public Customer {
    meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta == null ? Map.of() : meta));
    fields = List.copyOf(fields == null ? List.of() : fields);
  }
}
