package dev.cprops.connector.client;

/** The orders a customer list can be sorted in; ties are broken by key. */
public enum CustomerOrder {
  CREATED_AT("created_at"),
  CREATED_AT_DESC("-created_at"),
  UPDATED_AT("updated_at"),
  UPDATED_AT_DESC("-updated_at");

  private final String apiName;

  CustomerOrder(String apiName) {
    this.apiName = apiName;
  }

  /** The {@code order_by} value, e.g. {@code "-updated_at"}. */
  public String apiName() {
    return apiName;
  }
}
