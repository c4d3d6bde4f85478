package dev.cprops.mock.store;

import java.util.Arrays;
import java.util.Optional;

/** The orderings of a list; ties are broken by {@code key} in the same direction. */
public enum SortOrder {
  CREATED_AT("created_at", false, false),
  CREATED_AT_DESC("-created_at", false, true),
  UPDATED_AT("updated_at", true, false),
  UPDATED_AT_DESC("-updated_at", true, true);

  /** The ordering when a request names none. */
  public static final SortOrder DEFAULT = CREATED_AT_DESC;

  private final String apiName;
  private final boolean byUpdatedAt;
  private final boolean descending;

  SortOrder(String apiName, boolean byUpdatedAt, boolean descending) {
    this.apiName = apiName;
    this.byUpdatedAt = byUpdatedAt;
    this.descending = descending;
  }

  public String apiName() {
    return apiName;
  }

  public boolean byUpdatedAt() {
    return byUpdatedAt;
  }

  public boolean descending() {
    return descending;
  }

  long timeOf(Timestamped item) {
    return byUpdatedAt ? item.updatedAt() : item.createdAt();
  }

  public static Optional<SortOrder> fromApiName(String apiName) {
    return Arrays.stream(values()).filter(o -> o.apiName.equals(apiName)).findFirst();
  }
}
