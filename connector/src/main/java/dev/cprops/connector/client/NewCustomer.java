package dev.cprops.connector.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A customer to create.
 *
 * <p>With a {@code customerKey} the create is safe to retry: if an answer is lost and the retry
 * meets {@code 409}, the client reads the customer back and returns it when it matches. Without
 * one, the server cannot recognise a repeat, so the client retries only failures that surely never
 * reached it.
 *
 * @param email required
 * @param partnerKey required: the partner the customer belongs to
 * @param customerKey the vendor's own unique id, or {@code null}
 * @param name the display name, or {@code null}
 * @param meta property values by {@code api_name}, in a form the API accepts; may be empty
 */
public record NewCustomer(
    String email, String partnerKey, String customerKey, String name, Map<String, Object> meta) {
  public NewCustomer {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(partnerKey, "partnerKey");
    meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta == null ? Map.of() : meta));
  }
}
