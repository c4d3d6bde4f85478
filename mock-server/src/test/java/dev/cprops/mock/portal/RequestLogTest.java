package dev.cprops.mock.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLogTest {
  @Test
  void keepsTheNewestRequestsFirstUpToItsCapacity() {
    RequestLog log = new RequestLog(() -> 1_000L);
    for (int i = 0; i < RequestLog.CAPACITY + 10; i++) {
      log.record("GET", "/api/v2/customers/" + i, 200, 1);
    }
    List<RequestLog.Entry> latest = log.latest(3);
    assertThat(latest)
        .extracting(RequestLog.Entry::url)
        .containsExactly(
            "/api/v2/customers/" + (RequestLog.CAPACITY + 9),
            "/api/v2/customers/" + (RequestLog.CAPACITY + 8),
            "/api/v2/customers/" + (RequestLog.CAPACITY + 7));
    assertThat(log.latest(10_000)).hasSize(RequestLog.CAPACITY);
    log.clear();
    assertThat(log.latest(10)).isEmpty();
  }
}
