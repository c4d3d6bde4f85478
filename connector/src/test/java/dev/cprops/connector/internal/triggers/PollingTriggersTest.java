package dev.cprops.connector.internal.triggers;

import static dev.cprops.connector.internal.actions.FakeApi.customer;
import static dev.cprops.connector.internal.actions.FakeApi.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.connector.internal.actions.CustomerRoutes;
import dev.cprops.connector.internal.actions.FakeApi;
import dev.cprops.connector.internal.actions.LiveProperties;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.PollResult;
import dev.cprops.connector.spi.PollingTrigger;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PollingTriggersTest {
  private final FakeApi api;

  PollingTriggersTest() throws IOException {
    api = new FakeApi();
  }

  @AfterEach
  void close() {
    api.close();
  }

  private PollingTrigger trigger(String id) {
    return (PollingTrigger) api.connector.trigger(id).orElseThrow();
  }

  @Test
  void firstPoll_startsAtSince_inUpdatedOrder_andTheCursorRecordsTheLastMillisecond() {
    api.on(
        "GET /customers?limit=250&order_by=updated_at&min_updated=1700000000000",
        page(
            false,
            customer("cus_a", "a", 1700000000005L, "\"mrr\":\"10.00\""),
            customer("cus_b", "b", 1700000000009L, ""),
            customer("cus_c", "c", 1700000000009L, "")));

    PollResult result =
        trigger("new_or_updated_customer")
            .poll(api.vendor(), Map.of("since", "2023-11-14T22:13:20Z"), null);

    assertThat(result.events())
        .extracting(e -> e.get("key"))
        .containsExactly("cus_a", "cus_b", "cus_c");
    assertThat(result.nextCursor()).isEqualTo("v1:1700000000009:cus_b,cus_c");
    assertThat(result.canPollMore()).isFalse();
    assertThat(trigger("new_or_updated_customer").dedupKey(result.events().get(0)))
        .isEqualTo("cus_a@1700000000005");
  }

  @Test
  void nextPoll_skipsWhatWasEmittedAtTheCursorTime_butNotANewWriteInThatMillisecond() {
    api.on(
        "GET /customers?limit=250&order_by=updated_at&min_updated=1700000000009",
        page(
            false,
            customer("cus_b", "b", 1700000000009L, ""),
            customer("cus_bb", "bb", 1700000000009L, ""),
            customer("cus_c", "c", 1700000000009L, ""),
            customer("cus_a", "a", 1700000000020L, "")));

    PollResult result =
        trigger("new_or_updated_customer")
            .poll(api.vendor(), Map.of(), "v1:1700000000009:cus_b,cus_c");

    assertThat(result.events()).extracting(e -> e.get("key")).containsExactly("cus_bb", "cus_a");
    assertThat(result.nextCursor()).isEqualTo("v1:1700000000020:cus_a");
  }

  @Test
  void aVersionServedTwiceInOnePollIsEmittedOnce() {
    String a = customer("cus_a", "a", 1700000000005L, "");
    api.on(
        "GET /customers?limit=250&order_by=updated_at&min_updated=1700000000000",
        page(false, a, a, customer("cus_a", "a", 1700000000007L, "")));

    PollResult result =
        trigger("new_or_updated_customer")
            .poll(api.vendor(), Map.of("since", 1700000000000L), null);

    assertThat(result.events())
        .extracting(e -> e.get("updated_at"))
        .containsExactly("2023-11-14T22:13:20.005Z", "2023-11-14T22:13:20.007Z");
  }

  @Test
  void aBacklogIsCappedAndReportsMore() {
    api.on(
        "GET /customers?limit=250&order_by=created_at&min_created=0",
        page(
            false,
            customer("cus_a", "a", 1, ""),
            customer("cus_b", "b", 2, ""),
            customer("cus_c", "c", 3, "")));

    PollResult result =
        new CustomerPoller(false)
            .poll(
                new CustomerRoutes(api.connector.context(api.vendor()).client()),
                LiveProperties.load(api.connector.context(api.vendor())).coercer(),
                PollCursor.from(0),
                2);

    assertThat(result.events()).hasSize(2);
    assertThat(result.canPollMore()).isTrue();
    assertThat(result.nextCursor()).isEqualTo("v1:1732400000000:cus_a,cus_b");
  }

  @Test
  void newCustomer_partner_usesThePartnerRoute_andCreatedAtDedupKey() {
    api.on(
        "GET /partner/customers?limit=250&order_by=created_at&min_created=1732438800000",
        page(
            false,
            customer("cus_a", "a", 5, "")
                .replace("\"created_at\":1732400000000", "\"created_at\":1732440000000")));

    PollResult result = trigger("new_customer").poll(api.partner(), Map.of(), null);

    assertThat(api.lines())
        .containsExactly(
            "GET /partner/customers?limit=250&order_by=created_at&min_created=1732438800000");
    assertThat(trigger("new_customer").dedupKey(result.events().get(0)))
        .isEqualTo("cus_a@1732440000000");
  }

  @Test
  void aForeignCursorIsRejected() {
    assertThatThrownBy(() -> trigger("new_customer").poll(api.vendor(), Map.of(), "page=2"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "cursor: 'page=2' is not valid; expected a cursor written by this trigger (v1:<ms>:<keys>)");
  }

  @Test
  void cursor_roundTrips() {
    PollCursor cursor = new PollCursor(42, Set.of("cus_b", "cus_a"));
    assertThat(PollCursor.parse(cursor.toString())).isEqualTo(cursor);
    assertThat(PollCursor.parse("v1:7:").keys()).isEmpty();
    assertThat(cursor.covers(42, "cus_a")).isTrue();
    assertThat(cursor.covers(42, "cus_c")).isFalse();
    assertThat(cursor.covers(41, "cus_c")).isTrue();
  }
}
