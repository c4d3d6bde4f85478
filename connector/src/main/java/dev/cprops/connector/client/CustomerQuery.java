package dev.cprops.connector.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Filters and order of a customer list; immutable. Build with {@link #builder()}; {@link #all()}
 * has no filter. Times are epoch milliseconds.
 */
public final class CustomerQuery {
  /** The largest page the API serves. */
  public static final int MAX_PAGE_SIZE = 250;

  private final Map<String, String> parameters;
  private final int pageSize;

  private CustomerQuery(Builder builder) {
    this.parameters =
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(builder.parameters));
    this.pageSize = builder.pageSize;
  }

  public static CustomerQuery all() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The query parameters, without paging. */
  public Map<String, String> parameters() {
    return parameters;
  }

  /** Items fetched per request. */
  public int pageSize() {
    return pageSize;
  }

  @Override
  public String toString() {
    return "CustomerQuery" + parameters + " pageSize=" + pageSize;
  }

  /** Builds a {@link CustomerQuery}; setters reject bad values at once. */
  public static final class Builder {
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private int pageSize = MAX_PAGE_SIZE;

    private Builder() {}

    /** Exact match, case-insensitive. */
    public Builder email(String email) {
      return put("email", Objects.requireNonNull(email, "email"));
    }

    public Builder customerKey(String customerKey) {
      return put("customer_key", Objects.requireNonNull(customerKey, "customerKey"));
    }

    public Builder partnerKey(String partnerKey) {
      return put("partner_key", Objects.requireNonNull(partnerKey, "partnerKey"));
    }

    public Builder minCreated(long epochMillis) {
      return put("min_created", Long.toString(epochMillis));
    }

    public Builder maxCreated(long epochMillis) {
      return put("max_created", Long.toString(epochMillis));
    }

    public Builder minUpdated(long epochMillis) {
      return put("min_updated", Long.toString(epochMillis));
    }

    public Builder maxUpdated(long epochMillis) {
      return put("max_updated", Long.toString(epochMillis));
    }

    public Builder includeArchived(boolean includeArchived) {
      return put("include_archived", Boolean.toString(includeArchived));
    }

    public Builder orderBy(CustomerOrder order) {
      return put("order_by", Objects.requireNonNull(order, "order").apiName());
    }

    /** Adds each customer's {@code fields} to list items ({@code expand=fields}). */
    public Builder expandFields() {
      return put("expand", "fields");
    }

    /** 1 to {@value CustomerQuery#MAX_PAGE_SIZE}; the default is the maximum. */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new IllegalArgumentException(
            "pageSize must be between 1 and " + MAX_PAGE_SIZE + " but was " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    private Builder put(String name, String value) {
      parameters.put(name, value);
      return this;
    }

    public CustomerQuery build() {
      return new CustomerQuery(this);
    }
  }
}
