package dev.cprops.mock.store;

import dev.cprops.mock.errors.ErrorCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * The items of one collection by key, and in {@code created_at} and {@code updated_at} order (ties
 * by key), answering {@link PageRequest}s. Not thread-safe for writes: the store guards it with its
 * lock (pages are served concurrently under the read lock).
 *
 * <h2>Walking by {@code updated_at} while others write</h2>
 *
 * Every write gets an {@code updated_at} greater than any before it ({@link LogicalClock}), so an
 * item changed during a walk in ascending {@code updated_at} order moves behind every item that
 * exists, that is after the walker's position: the walker meets it again later. The one hazard is
 * the cursor itself: when {@code starting_after=X} names an item that changed since the client saw
 * it, X's current position is too far ahead and the items between its old and new positions would
 * be skipped. So, moving towards later times, the page resumes from where the client saw X:
 *
 * <ol>
 *   <li>the earliest version of X that was handed out as a page's cursor item (last item of a page)
 *       and not yet resumed from ({@link ServedCursors}); resuming forgets those versions, so a
 *       walker that meets X again later, after X changed again, resumes from the newer version and
 *       does not loop back;
 *   <li>otherwise (X was not handed out as a cursor item, or another walk already resumed from it),
 *       the earliest remembered former position of X ({@link FormerPositions}), the current one at
 *       the latest: safe, at the cost of some duplicates.
 * </ol>
 *
 * Duplicates are acceptable; misses are not. Positions are remembered for 15 minutes, at most 200
 * 000 of each kind: a client that pauses longer than that between two pages, or that resumes from
 * an item in the middle of a page while another client walking the same list ended a page on the
 * same item after it changed, may miss items. A cursor that moves towards earlier times (descending
 * order, or {@code ending_before} in ascending order) uses the current position: such a walk sees
 * no item twice, but an item updated during it jumps to the side already walked (use ascending
 * order to follow changes).
 */
final class TimeOrderedIndex<T extends Timestamped> {
  private record Position(long time, String key) implements Comparable<Position> {
    @Override
    public int compareTo(Position other) {
      int byTime = Long.compare(time, other.time);
      return byTime != 0 ? byTime : key.compareTo(other.key);
    }
  }

  private record Bound(Position position, boolean inclusive) {}

  /**
   * Where an item is held: both orders point at its slot, so replacing the item is one write, and
   * the slot knows its index in each order, so moving it there needs no search.
   */
  private static final class Slot<T> {
    private T item;
    private int createdIndex;
    private int updatedIndex;

    Slot(T item) {
      this.item = item;
    }
  }

  private final Map<String, Slot<T>> byKey = new HashMap<>();
  private final TimeLog<Slot<T>> byCreatedAt =
      new TimeLog<>((slot, index) -> slot.createdIndex = index);
  private final TimeLog<Slot<T>> byUpdatedAt =
      new TimeLog<>((slot, index) -> slot.updatedIndex = index);
  private final FormerPositions formerPositions = new FormerPositions();
  private final ServedCursors servedCursors = new ServedCursors();
  private final LongSupplier wallClock;

  /** Puts leave both orders stale until {@link #sortOrders}. */
  private boolean ordersDeferred;

  TimeOrderedIndex(LongSupplier wallClock) {
    this.wallClock = wallClock;
  }

  /**
   * Adds an item, or replaces the item with the same key. A replaced item keeps its place in an
   * order whose time it keeps: an update moves it in {@code updated_at} order only.
   */
  void put(T item) {
    Slot<T> slot = byKey.get(item.key());
    if (slot == null) {
      slot = new Slot<>(item);
      byKey.put(item.key(), slot);
      if (!ordersDeferred) {
        byCreatedAt.add(item.createdAt(), item.key(), slot);
        byUpdatedAt.add(item.updatedAt(), item.key(), slot);
      }
      return;
    }
    T old = slot.item;
    slot.item = item;
    if (ordersDeferred) {
      if (old.updatedAt() != item.updatedAt()) {
        formerPositions.remember(old.key(), old.updatedAt(), wallClock.getAsLong());
      }
      return;
    }
    if (old.createdAt() != item.createdAt()) {
      byCreatedAt.remove(slot.createdIndex);
      byCreatedAt.add(item.createdAt(), item.key(), slot);
    }
    if (old.updatedAt() != item.updatedAt()) {
      byUpdatedAt.remove(slot.updatedIndex);
      byUpdatedAt.add(item.updatedAt(), item.key(), slot);
      formerPositions.remember(old.key(), old.updatedAt(), wallClock.getAsLong());
    }
  }

  /**
   * From now on, and until {@link #sortOrders}, puts only key the items and leave both orders
   * stale: for loading many items in any order (a snapshot, then a journal), where putting each in
   * place could shift the entries after it every time. Pages are refused meanwhile.
   */
  void deferOrders() {
    ordersDeferred = true;
  }

  /** Sorts both orders once, if {@link #deferOrders} left them stale, and ends deferring. */
  void sortOrders() {
    if (!ordersDeferred) {
      return;
    }
    List<Slot<T>> slots = new ArrayList<>(byKey.values());
    byCreatedAt.clear();
    byUpdatedAt.clear();
    byCreatedAt.addAll(slots, slot -> slot.item.createdAt(), slot -> slot.item.key());
    byUpdatedAt.addAll(slots, slot -> slot.item.updatedAt(), slot -> slot.item.key());
    ordersDeferred = false;
  }

  T get(String key) {
    Slot<T> slot = byKey.get(key);
    return slot == null ? null : slot.item;
  }

  /** Every item, in no particular order (a copy). */
  List<T> all() {
    List<T> items = new ArrayList<>(byKey.size());
    for (Slot<T> slot : byKey.values()) {
      items.add(slot.item);
    }
    return items;
  }

  int size() {
    return byKey.size();
  }

  void clear() {
    byKey.clear();
    byCreatedAt.clear();
    byUpdatedAt.clear();
    formerPositions.clear();
    servedCursors.clear();
  }

  /**
   * One page of the items in {@code scope} that match {@code filter}.
   *
   * @param scope the items that exist for the caller: a cursor outside it is unknown
   * @throws StoreException (400) when the cursor names no item in scope
   */
  Page<T> page(PageRequest request, Predicate<T> scope, Predicate<T> filter) {
    return page(request, scope, filter, request.order().byUpdatedAt() ? byUpdatedAt : byCreatedAt);
  }

  /**
   * Like {@link #page}, among the items with these keys only (the answer of an index such as the
   * customers' email index): the same page, without walking every item. Unknown keys are ignored.
   */
  Page<T> pageAmong(
      Collection<String> keys, PageRequest request, Predicate<T> scope, Predicate<T> filter) {
    List<Slot<T>> slots = new ArrayList<>(keys.size());
    for (String key : keys) {
      Slot<T> slot = byKey.get(key);
      if (slot != null) {
        slots.add(slot);
      }
    }
    TimeLog<Slot<T>> sorted = TimeLog.unplaced();
    sorted.addAll(slots, slot -> request.order().timeOf(slot.item), slot -> slot.item.key());
    return page(request, scope, filter, sorted);
  }

  private Page<T> page(
      PageRequest request, Predicate<T> scope, Predicate<T> filter, TimeLog<Slot<T>> sorted) {
    if (ordersDeferred) {
      throw new IllegalStateException("the orders are stale until sortOrders()");
    }
    SortOrder order = request.order();
    Bound lower = new Bound(new Position(request.minTime(), ""), true);
    Bound upper =
        request.maxTime() == Long.MAX_VALUE
            ? null
            : new Bound(new Position(request.maxTime() + 1, ""), false);
    boolean backwards = request.endingBefore() != null;
    String cursorKey = backwards ? request.endingBefore() : request.startingAfter();
    if (cursorKey != null) {
      T cursor = get(cursorKey);
      if (cursor == null || !scope.test(cursor)) {
        String parameter = backwards ? "ending_before" : "starting_after";
        throw StoreException.invalid(
            new FieldError(
                parameter,
                ErrorCode.UNKNOWN_KEY,
                parameter + " '" + cursorKey + "' does not name an item of this list"));
      }
      boolean towardsLaterTimes = order.descending() == backwards;
      Bound cursorBound = new Bound(cursorPosition(cursor, order, towardsLaterTimes), false);
      if (towardsLaterTimes) {
        lower = tighterLower(lower, cursorBound);
      } else {
        upper = upper == null ? cursorBound : tighterUpper(upper, cursorBound);
      }
    }
    int from = sorted.indexOf(lower.position.time, lower.position.key, !lower.inclusive);
    int to =
        upper == null
            ? sorted.size()
            : sorted.indexOf(upper.position.time, upper.position.key, upper.inclusive);
    boolean iterateDescending = order.descending() != backwards;
    Predicate<T> matches = scope.and(filter);
    List<T> items = new ArrayList<>(request.limit());
    boolean hasMore = false;
    for (int step = 0; step < to - from; step++) {
      Slot<T> slot = sorted.valueAt(iterateDescending ? to - 1 - step : from + step);
      if (slot == null) {
        continue;
      }
      T item = slot.item;
      if (!matches.test(item)) {
        continue;
      }
      if (items.size() == request.limit()) {
        hasMore = true;
        break;
      }
      items.add(item);
    }
    if (backwards) {
      Collections.reverse(items);
    }
    if (order.byUpdatedAt() && !items.isEmpty()) {
      T next = backwards ? items.get(0) : items.get(items.size() - 1);
      servedCursors.record(next.key(), next.updatedAt(), wallClock.getAsLong());
    }
    return new Page<>(items, hasMore);
  }

  private Position cursorPosition(T cursor, SortOrder order, boolean towardsLaterTimes) {
    long time = order.timeOf(cursor);
    if (order.byUpdatedAt() && towardsLaterTimes) {
      long now = wallClock.getAsLong();
      OptionalLong served = servedCursors.take(cursor.key(), now);
      OptionalLong resume =
          served.isPresent() ? served : formerPositions.earliest(cursor.key(), now);
      time = Math.min(time, resume.orElse(time));
    }
    return new Position(time, cursor.key());
  }

  private static Bound tighterLower(Bound a, Bound b) {
    int cmp = a.position.compareTo(b.position);
    return cmp > 0 || (cmp == 0 && !a.inclusive) ? a : b;
  }

  private static Bound tighterUpper(Bound a, Bound b) {
    int cmp = a.position.compareTo(b.position);
    return cmp < 0 || (cmp == 0 && !a.inclusive) ? a : b;
  }
}
