package dev.cprops.connector.client;

import java.util.Objects;

/**
 * A partnership to create; {@code partnerKey} is unique, so a create whose answer was lost is
 * reconciled like a customer's.
 */
public record NewPartnership(String partnerKey, String email, String name) {
  public NewPartnership {
    Objects.requireNonNull(partnerKey, "partnerKey");
    Objects.requireNonNull(email, "email");
  }
}
