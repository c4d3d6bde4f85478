package dev.cprops.mock.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookSettingsTest {
  @Test
  void delay_doublesAfterEachFailedAttempt() {
    WebhookSettings settings = WebhookSettings.DEFAULTS.withBackoff(Duration.ofMillis(250));

    assertThat(settings.delayMillisAfter(1)).isEqualTo(250);
    assertThat(settings.delayMillisAfter(2)).isEqualTo(500);
    assertThat(settings.delayMillisAfter(3)).isEqualTo(1_000);
    assertThat(settings.delayMillisAfter(5)).isEqualTo(4_000);
  }

  @Test
  void delay_isCappedAtOneHour_withoutOverflow() {
    WebhookSettings settings = WebhookSettings.DEFAULTS.withBackoff(Duration.ofMinutes(40));

    assertThat(settings.delayMillisAfter(1)).isEqualTo(Duration.ofMinutes(40).toMillis());
    assertThat(settings.delayMillisAfter(2)).isEqualTo(Duration.ofHours(1).toMillis());
    assertThat(settings.delayMillisAfter(100)).isEqualTo(Duration.ofHours(1).toMillis());
    assertThat(WebhookSettings.DEFAULTS.withBackoff(Duration.ofMillis(1)).delayMillisAfter(70))
        .isEqualTo(Duration.ofHours(1).toMillis());
  }

  @Test
  void defaults() {
    assertThat(WebhookSettings.DEFAULTS)
        .isEqualTo(
            new WebhookSettings(6, Duration.ofSeconds(1), Duration.ofSeconds(5), 10_000, 1_000, 4));
  }

  @Test
  void badValues_areRejectedAtOnce() {
    WebhookSettings defaults = WebhookSettings.DEFAULTS;

    assertThatThrownBy(() -> defaults.withMaxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("webhook attempts must be 1..100, was 0");
    assertThatThrownBy(() -> defaults.withBackoff(Duration.ZERO))
        .hasMessage("webhook backoff must be 1..3600000 ms, was 0 ms");
    assertThatThrownBy(() -> defaults.withTimeout(Duration.ofMinutes(11)))
        .hasMessage("webhook timeout must be 1..600000 ms, was 660000 ms");
    assertThatThrownBy(() -> defaults.withQueueCapacity(0))
        .hasMessage("webhook queue capacity must be 1..1000000, was 0");
    assertThatThrownBy(() -> defaults.withTimeout(null))
        .hasMessage("webhook timeout must not be null");
  }
}
