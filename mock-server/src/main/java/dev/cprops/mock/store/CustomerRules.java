package dev.cprops.mock.store;

import dev.cprops.mock.errors.ErrorCode;
import dev.cprops.mock.values.EmailAddresses;
import dev.cprops.mock.values.InvalidValueException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns create and PATCH bodies of customers into validated customers, recording every problem.
 * Uniqueness of {@code customer_key} is the store's check (409), made after these.
 */
final class CustomerRules {
  static final int MIN_EMAIL = 4;
  static final int MAX_EMAIL = 255;
  static final int MAX_NAME = 100;
  static final int MAX_KEY = 255;

  private static final Set<String> CREATABLE =
      Set.of("customer_key", "email", "name", "partner_key", "provider_key", "test", "meta");
  private static final Set<String> PATCHABLE = union(CREATABLE, Set.of("archived"));

  /** The fields a customer can be without: {@code null} means no value (see BodyFields). */
  private static final Set<String> NULLABLE = Set.of("customer_key", "name", "provider_key");

  private static final Set<String> READ_ONLY =
      Set.of("key", "partnership_key", "created_at", "updated_at", "fields");

  private CustomerRules() {}

  /** A new customer (key set; times 0, the store stamps them). */
  static Customer forCreate(
      Map<String, Object> body,
      PropertySchema schema,
      Function<String, Partnership> partnerships,
      Problems problems) {
    BodyFields fields = new BodyFields(body, problems);
    fields.rejectOthers(CREATABLE, NULLABLE, union(READ_ONLY, Set.of("archived")));
    fields.require("email");
    fields.require("partner_key");
    String email = email(fields);
    String partnerKey = fields.string("partner_key", 1, MAX_KEY);
    Partnership partnership = partnerKey == null ? null : partnerships.apply(partnerKey);
    if (partnerKey != null && partnership == null) {
      problems.invalid(
          "partner_key",
          ErrorCode.UNKNOWN_PARTNER,
          "partner_key '" + partnerKey + "' does not name a partnership: create it first");
    }
    String customerKey = fields.string("customer_key", 1, MAX_KEY);
    String name = fields.string("name", 0, MAX_NAME);
    String providerKey = fields.string("provider_key", 0, MAX_KEY);
    Boolean test = fields.bool("test");
    Map<String, Object> metaBody = fields.object("meta");
    Map<String, Object> meta =
        MetaRules.merge(
            Map.of(),
            metaBody == null
                ? Map.of()
                : MetaRules.changes(metaBody, schema, MetaRules.Writer.VENDOR, true, problems));
    MetaRules.requirePresent(meta, schema, problems);
    return new Customer(
        Keys.customer(),
        customerKey,
        email,
        name,
        partnerKey,
        partnership == null ? null : partnership.key(),
        providerKey,
        test != null && test,
        false,
        0,
        0,
        meta);
  }

  /** The current customer with a vendor's PATCH applied (times unchanged). */
  static Customer forUpdate(
      Customer current, Map<String, Object> body, PropertySchema schema, Problems problems) {
    BodyFields fields = new BodyFields(body, problems);
    fields.rejectOthers(PATCHABLE, NULLABLE, READ_ONLY);
    String email = fields.has("email") ? email(fields) : null;
    if (fields.has("partner_key")) {
      String partnerKey = fields.string("partner_key", 1, MAX_KEY);
      if (partnerKey != null && !partnerKey.equals(current.partnerKey())) {
        problems.invalid(
            "partner_key",
            ErrorCode.IMMUTABLE_FIELD,
            "partner_key cannot change (is '"
                + current.partnerKey()
                + "', got '"
                + partnerKey
                + "')");
      }
    }
    String customerKey = fields.string("customer_key", 1, MAX_KEY);
    String name = fields.string("name", 0, MAX_NAME);
    String providerKey = fields.string("provider_key", 0, MAX_KEY);
    Boolean test = fields.bool("test");
    Boolean archived = fields.bool("archived");
    Map<String, Object> metaBody = fields.object("meta");
    Map<String, Object> meta =
        metaBody == null
            ? current.meta()
            : MetaRules.merge(
                current.meta(),
                MetaRules.changes(metaBody, schema, MetaRules.Writer.VENDOR, false, problems));
    return new Customer(
        current.key(),
        fields.has("customer_key") ? customerKey : current.customerKey(),
        email != null ? email : current.email(),
        fields.has("name") ? name : current.name(),
        current.partnerKey(),
        current.partnershipKey(),
        fields.has("provider_key") ? providerKey : current.providerKey(),
        test != null ? test : current.test(),
        archived != null ? archived : current.archived(),
        current.createdAt(),
        current.updatedAt(),
        meta);
  }

  /**
   * The current customer with a partner's PATCH applied: {@code meta} only, and required. Another
   * field of the customer is {@code 403 forbidden_field} (it exists, but partners may not change
   * it, as a {@code read_only} property); a name that is no field at all is {@code 400
   * unknown_field}. A body without {@code meta} is refused for the customer fields it names ({@code
   * 403}), or else as {@code 400 required}.
   */
  static Customer forPartnerUpdate(
      Customer current, Map<String, Object> body, PropertySchema schema, Problems problems) {
    Map<String, Object> others = new HashMap<>();
    body.forEach(
        (name, value) -> {
          if (!name.equals("meta") && (PATCHABLE.contains(name) || READ_ONLY.contains(name))) {
            problems.forbidden(
                name, ErrorCode.FORBIDDEN_FIELD, "partners may change only meta, not " + name);
          } else {
            others.put(name, value);
          }
        });
    BodyFields fields = new BodyFields(others, problems);
    fields.rejectOthers(Set.of("meta"), Set.of(), Set.of());
    if (others.size() == body.size()) {
      fields.require("meta"); // a body naming customer fields is refused for those (403) instead
    }
    Map<String, Object> metaBody = fields.object("meta");
    Map<String, Object> meta =
        metaBody == null
            ? current.meta()
            : MetaRules.merge(
                current.meta(),
                MetaRules.changes(metaBody, schema, MetaRules.Writer.PARTNER, false, problems));
    return new Customer(
        current.key(),
        current.customerKey(),
        current.email(),
        current.name(),
        current.partnerKey(),
        current.partnershipKey(),
        current.providerKey(),
        current.test(),
        current.archived(),
        current.createdAt(),
        current.updatedAt(),
        meta);
  }

  private static String email(BodyFields fields) {
    String raw = fields.string("email", 1, 10 * MAX_EMAIL);
    if (raw == null) {
      return null;
    }
    String email;
    try {
      email = EmailAddresses.canonicalize(raw);
    } catch (InvalidValueException e) {
      fields.problems().invalid("email", e.code(), "email: " + e.getMessage());
      return null;
    }
    int length = email.codePointCount(0, email.length());
    if (length < MIN_EMAIL || length > MAX_EMAIL) {
      fields
          .problems()
          .invalid(
              "email",
              length < MIN_EMAIL ? ErrorCode.TOO_SHORT : ErrorCode.TOO_LONG,
              "email must have " + MIN_EMAIL + ".." + MAX_EMAIL + " characters, got " + length);
      return null;
    }
    return email;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
