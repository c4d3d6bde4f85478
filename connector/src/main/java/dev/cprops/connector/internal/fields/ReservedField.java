package dev.cprops.connector.internal.fields;

import java.util.List;

/**
 * The customer's reserved fields (not properties) that a CRM row can fill, with the column names
 * that commonly hold them. {@link AutoMapper} recognises the field's API name and these synonyms,
 * ignoring case, spaces and punctuation.
 */
public enum ReservedField {
  EMAIL("email", List.of("e-mail", "email address", "e-mail address", "contact email")),
  NAME("name", List.of("company name", "company", "account name", "customer name")),
  CUSTOMER_KEY(
      "customer_key",
      List.of("customer id", "account id", "external id", "customer key", "account key")),
  PARTNER_KEY("partner_key", List.of("partner id", "partner key"));

  private final String apiName;
  private final List<String> synonyms;

  ReservedField(String apiName, List<String> synonyms) {
    this.apiName = apiName;
    this.synonyms = synonyms;
  }

  /** The field's name in the API, e.g. {@code "customer_key"}. */
  public String apiName() {
    return apiName;
  }

  /** Column names that commonly hold this field, e.g. {@code "Account ID"}. */
  public List<String> synonyms() {
    return synonyms;
  }
}
