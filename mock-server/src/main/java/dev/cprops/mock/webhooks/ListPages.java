package dev.cprops.mock.webhooks;

import dev.cprops.mock.errors.ErrorCode;
import dev.cprops.mock.store.FieldError;
import dev.cprops.mock.store.Page;
import dev.cprops.mock.store.PageRequest;
import dev.cprops.mock.store.StoreException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Pages over a small list already sorted in ascending order, the same way as the store's lists:
 * {@code starting_after} / {@code ending_before} name an item by key (400 {@code unknown_key} when
 * none has it), a page is in the list's order, and {@code has_more} tells whether more items follow
 * in the direction of travel.
 */
final class ListPages {
  private ListPages() {}

  static <T> Page<T> page(List<T> ascending, Function<T, String> keyOf, PageRequest request) {
    List<T> ordered = ascending;
    if (request.order().descending()) {
      ordered = new ArrayList<>(ascending);
      Collections.reverse(ordered);
    }
    boolean backwards = request.endingBefore() != null;
    String cursor = backwards ? request.endingBefore() : request.startingAfter();
    int limit = request.limit();
    if (cursor == null) {
      int end = Math.min(ordered.size(), limit);
      return new Page<>(ordered.subList(0, end), end < ordered.size());
    }
    int index = indexOf(ordered, keyOf, cursor);
    if (index < 0) {
      String parameter = backwards ? "ending_before" : "starting_after";
      String message = parameter + " '" + cursor + "' does not name an item of this list";
      throw new StoreException(
          StoreException.Kind.INVALID,
          message,
          List.of(new FieldError(parameter, ErrorCode.UNKNOWN_KEY, message)));
    }
    if (backwards) {
      int start = Math.max(0, index - limit);
      return new Page<>(ordered.subList(start, index), start > 0);
    }
    int end = Math.min(ordered.size(), index + 1 + limit);
    return new Page<>(ordered.subList(index + 1, end), end < ordered.size());
  }

  private static <T> int indexOf(List<T> items, Function<T, String> keyOf, String key) {
    for (int i = 0; i < items.size(); i++) {
      if (keyOf.apply(items.get(i)).equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
