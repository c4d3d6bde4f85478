package dev.cprops.connector.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryListenerTest {
  private static final RetryListener.Wait WAIT =
      new RetryListener.Wait(
          "POST /customers", "rate limited (429)", true, 2, 5, Duration.ofSeconds(2));

  private final Connection connection =
      Connection.of(List.of(Field.builder("base_url", FieldType.STRING).build()), Map.of());

  @Test
  void reportsGoNowhereUntilAListenerIsAttached() {
    connection.retries().waiting(WAIT);
    connection.retries().recovered("POST /customers", 2);
  }

  @Test
  void reportsGoToTheListenerAttachedAtTheTime() {
    List<String> heard = new ArrayList<>();
    RetryListener kept = connection.retries();
    connection.onRetry(
        new RetryListener() {
          @Override
          public void waiting(Wait wait) {
            heard.add("first " + wait.reason() + " " + wait.attempt() + "/" + wait.maxAttempts());
          }

          @Override
          public void recovered(String request, int attempts) {
            heard.add("first recovered " + request + " after " + attempts);
          }
        });
    kept.waiting(WAIT);
    kept.recovered("POST /customers", 2);
    connection.onRetry(
        new RetryListener() {
          @Override
          public void waiting(Wait wait) {
            heard.add("second " + wait.duration());
          }
        });
    kept.waiting(WAIT);
    connection.onRetry(RetryListener.NONE);
    kept.waiting(WAIT);

    assertThat(connection.retries()).isSameAs(kept);
    assertThat(heard)
        .containsExactly(
            "first rate limited (429) 2/5",
            "first recovered POST /customers after 2",
            "second PT2S");
  }

  @Test
  void aWaitTellsARetryFromPacing() {
    assertThat(WAIT.retry()).isTrue();
    assertThat(
            new RetryListener.Wait(
                    "next request", "rate limit nearly used up", true, 1, 1, Duration.ofSeconds(3))
                .retry())
        .isFalse();
  }

  @Test
  void aWaitRefusesImpossibleValues() {
    assertThatThrownBy(() -> new RetryListener.Wait("GET /x", "r", false, 0, 5, Duration.ZERO))
        .hasMessageContaining("attempt must be from 1 to maxAttempts, was 0 of 5");
    assertThatThrownBy(() -> new RetryListener.Wait("GET /x", "r", false, 6, 5, Duration.ZERO))
        .hasMessageContaining("was 6 of 5");
    assertThatThrownBy(
            () -> new RetryListener.Wait("GET /x", "r", false, 2, 5, Duration.ofSeconds(-1)))
        .hasMessageContaining("duration must not be negative");
  }
}
