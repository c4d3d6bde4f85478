package dev.cprops.mock.crm;

import java.util.List;
import java.util.Set;

/**
 * The company properties the CRM knows: HubSpot's standard ones the samples use, the custom ones a
 * vendor adds for its billing data, and the read-only ones the CRM maintains itself.
 */
final class CompanyProperties {
  /** The HubSpot-style id property, equal to the company's id. */
  static final String OBJECT_ID = "hs_object_id";

  /** When the company was created (ISO-8601), maintained by the CRM. */
  static final String CREATED = "createdate";

  /** When any property last changed (ISO-8601), maintained by the CRM. */
  static final String LAST_MODIFIED = "hs_lastmodifieddate";

  /** The unique custom property that links a company to a customer. */
  static final String CUSTOMER_KEY = "customer_key";

  /** Writable properties, in display (and CSV export) order. */
  static final List<String> WRITABLE =
      List.of(
          "name",
          CUSTOMER_KEY,
          "domain",
          "primary_contact_email",
          "phone",
          "country",
          "state",
          "industry",
          "website",
          "subscription_plan",
          "mrr",
          "seats",
          "renewal_date",
          "churn_risk",
          "billing_email");

  static final Set<String> READ_ONLY = Set.of(OBJECT_ID, CREATED, LAST_MODIFIED);

  /** Properties that identify a company uniquely and may be used as {@code idProperty}. */
  static final Set<String> UNIQUE = Set.of(OBJECT_ID, CUSTOMER_KEY);

  private CompanyProperties() {}

  static boolean known(String name) {
    return WRITABLE.contains(name) || READ_ONLY.contains(name);
  }
}
