package dev.cprops.mock.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.junit.MockServerInfo;
import dev.cprops.mock.junit.MockServerTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Paging through 1 000 seeded customers. Read-only: the seed stays as it is. */
@MockServerTest(customers = 1000)
class PaginationAcceptanceTest {
  private HttpApi vendor;

  @BeforeEach
  void setUp(MockServerInfo server) {
    vendor = HttpApi.vendor(server);
  }

  @ParameterizedTest
  @ValueSource(strings = {"created_at", "-created_at", "updated_at", "-updated_at"})
  void walkingForward_seesEveryCustomerOnce_inOrder(String orderBy) {
    List<Map<String, Object>> seen = walk("?order_by=" + orderBy + "&limit=37", "starting_after");

    assertThat(seen).hasSize(1000);
    assertThat(seen.stream().map(c -> c.get("key")).distinct().count()).isEqualTo(1000);
    assertThat(seen).isSortedAccordingTo(comparator(orderBy));
  }

  @ParameterizedTest
  @ValueSource(strings = {"created_at", "-created_at", "updated_at", "-updated_at"})
  void walkingBackward_withEndingBefore_seesTheSameCustomersReversed(String orderBy) {
    List<Map<String, Object>> forward =
        walk("?order_by=" + orderBy + "&limit=250", "starting_after");
    String last = (String) forward.get(forward.size() - 1).get("key");
    List<Object> backward = new ArrayList<>(List.of(last));
    String cursor = last;
    while (true) {
      HttpApi.Reply page =
          vendor.get("/customers?order_by=" + orderBy + "&limit=41&ending_before=" + cursor);
      assertThat(page.status()).isEqualTo(200);
      List<Map<String, Object>> items = page.items();
      assertThat(items).isSortedAccordingTo(comparator(orderBy));
      for (int i = items.size() - 1; i >= 0; i--) {
        backward.add(items.get(i).get("key"));
      }
      if (!page.hasMore()) {
        break;
      }
      cursor = (String) items.get(0).get("key");
    }

    List<Object> forwardKeys = new ArrayList<>(forward.stream().map(c -> c.get("key")).toList());
    java.util.Collections.reverse(forwardKeys);
    assertThat(backward).isEqualTo(forwardKeys);
  }

  @Test
  void defaultPage_isTenItems_newestFirst() {
    HttpApi.Reply page = vendor.get("/customers");

    assertThat(page.items()).hasSize(10).isSortedAccordingTo(comparator("-created_at"));
    assertThat(page.hasMore()).isTrue();
  }

  @Test
  void limit250_isTheMaximum() {
    assertThat(vendor.get("/customers?limit=250").items()).hasSize(250);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "limit=0, limit",
    "limit=251, limit",
    "limit=ten, limit",
    "order_by=name, order_by",
    "starting_after=cus_nope, starting_after",
    "ending_before=cus_nope, ending_before",
    "min_created=yesterday, min_created",
    "include_archived=yes, include_archived",
    "colour=red, colour"
  })
  void badQuery_answers400_namingTheParameter(String query, String field) {
    HttpApi.Reply reply = vendor.get("/customers?" + query);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.errorField()).isEqualTo(field);
  }

  @Test
  void startingAfterAndEndingBefore_together_answer400() {
    String key = (String) vendor.get("/customers?limit=1").items().get(0).get("key");

    HttpApi.Reply reply = vendor.get("/customers?starting_after=" + key + "&ending_before=" + key);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.errorCode()).isEqualTo("exclusive_parameters");
  }

  private List<Map<String, Object>> walk(String query, String cursorName) {
    List<Map<String, Object>> seen = new ArrayList<>();
    String cursor = null;
    for (int guard = 0; guard < 1000; guard++) {
      HttpApi.Reply page =
          vendor.get(
              "/customers" + query + (cursor == null ? "" : "&" + cursorName + "=" + cursor));
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      seen.addAll(page.items());
      if (!page.hasMore()) {
        return seen;
      }
      cursor = (String) page.items().get(page.items().size() - 1).get("key");
    }
    throw new AssertionError("walk did not end");
  }

  private static Comparator<Map<String, Object>> comparator(String orderBy) {
    String field = orderBy.replace("-", "");
    Comparator<Map<String, Object>> ascending =
        Comparator.<Map<String, Object>, BigDecimal>comparing(c -> (BigDecimal) c.get(field))
            .thenComparing(c -> (String) c.get("key"));
    return orderBy.startsWith("-") ? ascending.reversed() : ascending;
  }

  @Test
  void seedHasNoDuplicateKeys() {
    assertThat(new HashSet<>(walk("?limit=250", "starting_after"))).hasSize(1000);
  }
}
