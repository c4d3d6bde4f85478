package dev.cprops.mock.store;

/**
 * One page of a list: at most {@code limit} items, strictly after {@code startingAfter} or strictly
 * before {@code endingBefore} (a {@code key}; at most one of them non-null), in {@code order}. The
 * optional time bounds (inclusive, epoch ms; {@code Long.MIN_VALUE}/{@code Long.MAX_VALUE} when
 * open) restrict the ordering's own time field, letting the index start where the range starts.
 */
public record PageRequest(
    int limit,
    String startingAfter,
    String endingBefore,
    SortOrder order,
    long minTime,
    long maxTime) {

  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 250;

  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
    }
    if (startingAfter != null && endingBefore != null) {
      throw new IllegalArgumentException("starting_after and ending_before are exclusive");
    }
  }

  public static PageRequest first(int limit, SortOrder order) {
    return new PageRequest(limit, null, null, order, Long.MIN_VALUE, Long.MAX_VALUE);
  }
}
