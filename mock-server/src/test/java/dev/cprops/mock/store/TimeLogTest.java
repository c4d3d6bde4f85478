package dev.cprops.mock.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** TimeLog against a TreeMap of the same positions: the same values, order and ranges. */
class TimeLogTest {
  private record Position(long time, String key) implements Comparable<Position> {
    @Override
    public int compareTo(Position other) {
      int byTime = Long.compare(time, other.time);
      return byTime != 0 ? byTime : key.compareTo(other.key);
    }
  }

  private record Value(int id, Position position) {}

  private final Map<Value, Integer> placed = new HashMap<>();
  private final TimeLog<Value> log = new TimeLog<>(placed::put);
  private final TreeMap<Position, Value> reference = new TreeMap<>();

  @Test
  void randomAddsAndRemoves_keepTheValuesInPositionOrder() {
    Random random = new Random(3);
    long clock = 1_000;
    List<Value> live = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      if (!live.isEmpty() && random.nextInt(100) < 45) {
        Value gone = live.remove(random.nextInt(live.size()));
        log.remove(placed.get(gone));
        reference.remove(gone.position());
      } else {
        long time = random.nextInt(10) == 0 ? random.nextInt(1_000) : ++clock;
        Position position = new Position(time, "k" + random.nextInt(50));
        if (reference.containsKey(position)) {
          continue;
        }
        Value value = new Value(i, position);
        log.add(time, position.key(), value);
        reference.put(position, value);
        live.add(value);
      }
      if (i % 500 == 0) {
        assertMatchesReference(random);
      }
    }
    assertMatchesReference(random);
  }

  @Test
  void addAll_sortsValuesGivenInAnyOrder() {
    Random random = new Random(5);
    List<Value> values = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      Position position = new Position(random.nextInt(2_000), "k" + i);
      values.add(new Value(i, position));
      reference.put(position, values.get(i));
    }

    log.addAll(values, v -> v.position().time(), v -> v.position().key());

    assertMatchesReference(random);
    assertThatThrownBy(() -> log.addAll(values, v -> 0L, v -> "k"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void removingAHole_isRefused() {
    Value value = new Value(1, new Position(1, "a"));
    log.add(1, "a", value);
    log.add(2, "b", new Value(2, new Position(2, "b")));
    log.remove(placed.get(value));

    assertThatThrownBy(() -> log.remove(0)).isInstanceOf(IllegalStateException.class);
  }

  private void assertMatchesReference(Random random) {
    List<Value> walked = new ArrayList<>();
    for (int i = 0; i < log.size(); i++) {
      Value value = log.valueAt(i);
      if (value != null) {
        walked.add(value);
        assertThat(placed.get(value)).isEqualTo(i);
      }
    }
    assertThat(walked).containsExactlyElementsOf(reference.values());
    assertThat(log.count()).isEqualTo(reference.size());
    for (int q = 0; q < 50; q++) {
      Position bound =
          new Position(
              random.nextInt(25_000), random.nextBoolean() ? "" : "k" + random.nextInt(60));
      boolean after = random.nextBoolean();
      List<Value> before = new ArrayList<>();
      int index = log.indexOf(bound.time(), bound.key(), after);
      for (int i = 0; i < index; i++) {
        if (log.valueAt(i) != null) {
          before.add(log.valueAt(i));
        }
      }
      assertThat(before)
          .as("before %s, after %s", bound, after)
          .containsExactlyElementsOf(reference.headMap(bound, after).values());
    }
  }
}
