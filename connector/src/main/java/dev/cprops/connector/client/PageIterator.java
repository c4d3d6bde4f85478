package dev.cprops.connector.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a paginated list one page at a time: the next page is fetched only when the current one is
 * used up, with {@code starting_after} set to the last item's key, so memory holds one page at
 * most. Not thread-safe (like any iterator).
 */
final class PageIterator<T> implements Iterator<T> {
  /** One page: its items, whether more follow, and the key to continue after. */
  public record Page<T>(List<T> items, boolean hasMore, String lastKey) {}

  private final Function<String, Page<T>> fetch;
  private Iterator<T> current = java.util.Collections.emptyIterator();
  private String startingAfter;
  private boolean more = true;

  /**
   * @param fetch fetches the page after the given key ({@code null} for the first page)
   */
  public PageIterator(Function<String, Page<T>> fetch) {
    this.fetch = fetch;
  }

  /** A lazy, sequential stream over every item of every page. */
  public static <T> Stream<T> stream(Function<String, Page<T>> fetch) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            new PageIterator<>(fetch), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && more) {
      Page<T> page = fetch.apply(startingAfter);
      current = page.items().iterator();
      more = page.hasMore() && page.lastKey() != null && !page.items().isEmpty();
      startingAfter = page.lastKey();
    }
    return current.hasNext();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }
}
