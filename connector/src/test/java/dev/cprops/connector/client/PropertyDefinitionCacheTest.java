package dev.cprops.connector.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.connector.spi.ApiException;
import dev.cprops.connector.spi.FieldError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PropertyDefinitionCacheTest {
  private final AtomicInteger loads = new AtomicInteger();
  private final MutableClock clock = new MutableClock();
  private volatile List<PropertyDefinition> server =
      List.of(definition("plan", false), definition("old", true));
  private final PropertyDefinitionCache cache =
      new PropertyDefinitionCache(
          () -> {
            loads.incrementAndGet();
            return server;
          },
          Duration.ofMinutes(5),
          clock);

  @Test
  void all_loadsOnce_andLeavesOutArchivedDefinitions() {
    assertThat(cache.all()).extracting(PropertyDefinition::apiName).containsExactly("plan");
    assertThat(cache.get("plan")).isPresent();
    assertThat(cache.get("old")).isEmpty();
    assertThat(loads).hasValue(1);
  }

  @Test
  void unknownPropertyAnswer_makesTheNextReadLoadAgain() {
    cache.all();
    server = List.of(definition("plan", false), definition("mrr", false));

    boolean invalidated =
        cache.invalidateIfUnknownProperty(
            new ApiException(
                400, "bad", List.of(new FieldError("meta.mrr", "unknown_property", "unknown"))));

    assertThat(invalidated).isTrue();
    assertThat(cache.get("mrr")).isPresent();
    assertThat(loads).hasValue(2);
  }

  @Test
  void otherErrors_keepTheDefinitions() {
    cache.all();

    boolean invalidated =
        cache.invalidateIfUnknownProperty(
            new ApiException(400, "bad", List.of(new FieldError("email", "invalid", "no"))));

    assertThat(invalidated).isFalse();
    cache.all();
    assertThat(loads).hasValue(1);
  }

  @Test
  void definitionsOlderThanTheTimeToLive_areLoadedAgain() {
    cache.all();
    clock.advance(Duration.ofMinutes(4));
    cache.all();
    assertThat(loads).hasValue(1);

    clock.advance(Duration.ofMinutes(1));
    cache.all();
    assertThat(loads).hasValue(2);
  }

  @Test
  void concurrentReaders_shareOneLoad() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    PropertyDefinitionCache slow =
        new PropertyDefinitionCache(
            () -> {
              loads.incrementAndGet();
              await(release);
              return server;
            },
            Duration.ofMinutes(5),
            clock);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<PropertyDefinition>>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(slow::all));
      }
      release.countDown();
      for (Future<List<PropertyDefinition>> result : results) {
        assertThat(result.get(10, TimeUnit.SECONDS)).hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(loads).hasValue(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static PropertyDefinition definition(String apiName, boolean archived) {
    return new PropertyDefinition(
        null,
        apiName,
        apiName,
        PropertyType.INPUT,
        PropertyAccess.EDITABLE,
        List.of(),
        false,
        "",
        0,
        null,
        archived,
        0,
        0);
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2024-11-24T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
