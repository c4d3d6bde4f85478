package dev.cprops.mock.store;

import dev.cprops.mock.values.EmailAddresses;
import dev.cprops.mock.values.InvalidValueException;
import java.util.Map;
import java.util.Set;

/** Turns a partnership create body into a validated partnership, recording every problem. */
final class PartnershipRules {
  private static final Set<String> CREATABLE = Set.of("partner_key", "email", "name");

  /** A partnership can be without a name: {@code null} means none (see BodyFields). */
  private static final Set<String> NULLABLE = Set.of("name");

  private static final Set<String> READ_ONLY = Set.of("key", "api_key", "created_at", "updated_at");

  private PartnershipRules() {}

  static Partnership forCreate(Map<String, Object> body, Problems problems) {
    BodyFields fields = new BodyFields(body, problems);
    fields.rejectOthers(CREATABLE, NULLABLE, READ_ONLY);
    fields.require("partner_key");
    fields.require("email");
    String partnerKey = fields.string("partner_key", 1, CustomerRules.MAX_KEY);
    String rawEmail = fields.string("email", 1, CustomerRules.MAX_EMAIL);
    String email = null;
    if (rawEmail != null) {
      try {
        email = EmailAddresses.canonicalize(rawEmail);
      } catch (InvalidValueException e) {
        problems.invalid("email", e.code(), "email: " + e.getMessage());
      }
    }
    String name = fields.string("name", 0, CustomerRules.MAX_NAME);
    return new Partnership(Keys.partnership(), partnerKey, email, name, 0, 0);
  }
}
