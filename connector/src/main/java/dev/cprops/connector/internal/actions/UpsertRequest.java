package dev.cprops.connector.internal.actions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One customer to create or update, its property values already coerced to the API's canonical
 * form. {@code null} members are "not given"; a {@code null} value in {@code meta} clears it.
 *
 * @param customerKey the vendor's own id, or {@code null}
 * @param email the email, or {@code null}
 * @param name the display name, or {@code null}
 * @param partnerKey the partner a new customer belongs to, or {@code null}
 * @param meta canonical property values by {@code api_name}
 */
public record UpsertRequest(
    String customerKey, String email, String name, String partnerKey, Map<String, Object> meta) {
  public UpsertRequest {
    meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta == null ? Map.of() : meta));
  }
}
