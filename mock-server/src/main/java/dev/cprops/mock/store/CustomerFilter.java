package dev.cprops.mock.store;

import java.util.function.Predicate;

/**
 * The filters of a customer list; null or open bounds mean "any". Times are inclusive epoch ms.
 * {@code email} is compared case-insensitively.
 */
public record CustomerFilter(
    String email,
    String customerKey,
    String partnerKey,
    long minCreated,
    long maxCreated,
    long minUpdated,
    long maxUpdated,
    boolean includeArchived) {

  public static final CustomerFilter NONE =
      new CustomerFilter(
          null, null, null, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, false);

  Predicate<Customer> predicate() {
    String lowerEmail = normalizedEmail();
    return c ->
        (includeArchived || !c.archived())
            && (lowerEmail == null || EmailIndex.normalize(c.email()).equals(lowerEmail))
            && (customerKey == null || customerKey.equals(c.customerKey()))
            && (partnerKey == null || partnerKey.equals(c.partnerKey()))
            && c.createdAt() >= minCreated
            && c.createdAt() <= maxCreated
            && c.updatedAt() >= minUpdated
            && c.updatedAt() <= maxUpdated;
  }

  /** The email filter as {@link EmailIndex} looks it up, or null for any email. */
  String normalizedEmail() {
    return email == null ? null : EmailIndex.normalize(email.trim());
  }

  /** The page request narrowed to this filter's range on the ordering's own time field. */
  PageRequest narrow(PageRequest request) {
    long min = request.order().byUpdatedAt() ? minUpdated : minCreated;
    long max = request.order().byUpdatedAt() ? maxUpdated : maxCreated;
    return new PageRequest(
        request.limit(),
        request.startingAfter(),
        request.endingBefore(),
        request.order(),
        Math.max(min, request.minTime()),
        Math.min(max, request.maxTime()));
  }
}
