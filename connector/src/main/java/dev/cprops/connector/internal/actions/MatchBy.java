package dev.cprops.connector.internal.actions;

import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.PickOption;
import java.util.List;
import java.util.Locale;

/** How an upsert finds the existing customer of a record. */
public enum MatchBy {
  /**
   * By the vendor's own unique id: safe under concurrent upserts (the server rejects duplicates).
   */
  CUSTOMER_KEY,
  /** By email (exact, any case); a record matching several customers fails. */
  EMAIL;

  /** The options of a {@code match_by} field. */
  public static List<PickOption> options() {
    return List.of(
        new PickOption("Customer key", "customer_key"), new PickOption("Email", "email"));
  }

  /** Reads a {@code match_by} value; {@code customer_key} when not given. */
  public static MatchBy parse(String field, String value) {
    if (value == null || value.isBlank()) {
      return CUSTOMER_KEY;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "customer_key" -> CUSTOMER_KEY;
      case "email" -> EMAIL;
      default -> throw new InputException(field, value, "customer_key or email");
    };
  }
}
