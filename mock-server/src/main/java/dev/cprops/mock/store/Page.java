package dev.cprops.mock.store;

import java.util.List;
import java.util.function.Function;

/** One page of a list, and whether more items follow in the direction of travel. */
public record Page<T>(List<T> items, boolean hasMore) {
  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), hasMore);
  }
}
