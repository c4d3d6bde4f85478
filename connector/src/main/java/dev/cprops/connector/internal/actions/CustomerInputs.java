package dev.cprops.connector.internal.actions;

import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Inputs;
import java.util.Map;
import java.util.Optional;

/** The customer's own input fields (not properties), shared by the customer actions. */
final class CustomerInputs {
  static final String CUSTOMER_KEY = "customer_key";
  static final String KEY = "key";
  static final String EMAIL = "email";
  static final String NAME = "name";
  static final String PARTNER_KEY = "partner_key";

  private CustomerInputs() {}

  static Field customerKey(boolean optional, String hint) {
    return Field.builder(CUSTOMER_KEY, FieldType.STRING)
        .label("Customer key")
        .optional(optional)
        .hint(hint)
        .build();
  }

  static Field key() {
    return Field.builder(KEY, FieldType.STRING)
        .label("Customer ID")
        .hint("The server's internal key, e.g. cus_...")
        .build();
  }

  static Field email(boolean optional) {
    return Field.builder(EMAIL, FieldType.STRING)
        .label("Email")
        .controlType(ControlType.EMAIL)
        .optional(optional)
        .hint("The customer's email address, e.g. ana@example.com.")
        .build();
  }

  static Field name() {
    return Field.builder(NAME, FieldType.STRING)
        .label("Name")
        .hint("Up to 100 characters.")
        .build();
  }

  static Field partnerKey(boolean optional) {
    return Field.builder(PARTNER_KEY, FieldType.STRING)
        .label("Partner key")
        .optional(optional)
        .hint("The partner the customer belongs to; cannot change later.")
        .build();
  }

  /**
   * The customer an input names: its {@code customer_key}, else its internal {@code key}.
   *
   * @throws InputException when neither is given
   */
  static String id(Map<String, Object> input) {
    return Inputs.string(input, CUSTOMER_KEY)
        .or(() -> Inputs.string(input, KEY))
        .orElseThrow(
            () -> new InputException(CUSTOMER_KEY, null, "a customer_key or a customer ID (key)"));
  }

  static Optional<String> string(Map<String, Object> input, String name) {
    return Inputs.string(input, name);
  }
}
