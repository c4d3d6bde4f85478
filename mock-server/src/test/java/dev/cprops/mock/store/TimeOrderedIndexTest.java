package dev.cprops.mock.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Replacing items keeps both orders exactly those of the current items, and pages current ones. */
class TimeOrderedIndexTest {
  private record Item(String key, long createdAt, long updatedAt, int version)
      implements Timestamped {}

  private final TimeOrderedIndex<Item> index = new TimeOrderedIndex<>(() -> 0);
  private final Map<String, Item> current = new LinkedHashMap<>();

  @Test
  void anItemReplacedWithItsTimes_isTheNewOneInBothOrders() {
    put(new Item("a", 1, 1, 0));
    put(new Item("b", 2, 2, 0));
    put(new Item("a", 1, 1, 1));

    assertThat(page(SortOrder.CREATED_AT)).containsExactly(current.get("a"), current.get("b"));
    assertThat(page(SortOrder.UPDATED_AT)).containsExactly(current.get("a"), current.get("b"));
    assertThat(page(SortOrder.CREATED_AT).get(0).version()).isEqualTo(1);
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void anUpdatedItem_movesInUpdatedOrderOnly() {
    put(new Item("a", 1, 1, 0));
    put(new Item("b", 2, 2, 0));
    put(new Item("a", 1, 3, 1));

    assertThat(page(SortOrder.CREATED_AT)).containsExactly(current.get("a"), current.get("b"));
    assertThat(page(SortOrder.UPDATED_AT)).containsExactly(current.get("b"), current.get("a"));
  }

  @Test
  void randomReplacements_keepBothOrdersThoseOfTheCurrentItems() {
    Random random = new Random(11);
    for (int i = 0; i < 3_000; i++) {
      String key = "k" + random.nextInt(200);
      Item old = current.get(key);
      long created = old == null || random.nextInt(10) == 0 ? random.nextInt(50) : old.createdAt();
      long updated = old == null || random.nextBoolean() ? random.nextInt(50) : old.updatedAt();
      put(new Item(key, created, updated, i));
    }

    for (SortOrder order : SortOrder.values()) {
      Comparator<Item> byTime =
          Comparator.<Item>comparingLong(order::timeOf).thenComparing(Item::key);
      List<Item> expected = new ArrayList<>(current.values());
      expected.sort(order.descending() ? byTime.reversed() : byTime);
      assertThat(page(order)).as(order.name()).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void deferredOrders_loadedInAnyOrder_equalPuttingInTimeOrder() {
    Random random = new Random(13);
    TimeOrderedIndex<Item> loaded = new TimeOrderedIndex<>(() -> 0);
    loaded.deferOrders();
    for (int i = 0; i < 600; i++) {
      // some keys come again, as a journal's later versions of a snapshot's items do
      String key = "k" + random.nextInt(240);
      Item item = new Item(key, random.nextInt(100), random.nextInt(100), 0);
      current.put(key, item);
      loaded.put(item);
    }
    assertThatThrownBy(
            () -> loaded.page(PageRequest.first(10, SortOrder.values()[0]), i -> true, i -> true))
        .isInstanceOf(IllegalStateException.class);

    loaded.sortOrders();
    loaded.put(new Item("k-after", 5, 200, 0));
    current.put("k-after", new Item("k-after", 5, 200, 0));

    for (SortOrder order : SortOrder.values()) {
      Comparator<Item> byTime =
          Comparator.<Item>comparingLong(order::timeOf).thenComparing(Item::key);
      List<Item> expected = new ArrayList<>(current.values());
      expected.sort(order.descending() ? byTime.reversed() : byTime);
      assertThat(
              loaded
                  .page(PageRequest.first(PageRequest.MAX_LIMIT, order), i -> true, i -> true)
                  .items())
          .as(order.name())
          .containsExactlyElementsOf(expected);
    }
    assertThat(loaded.size()).isEqualTo(current.size());
  }

  private void put(Item item) {
    current.put(item.key(), item);
    index.put(item);
  }

  private List<Item> page(SortOrder order) {
    return index
        .page(PageRequest.first(PageRequest.MAX_LIMIT, order), i -> true, i -> true)
        .items();
  }
}
