package dev.cprops.mock.bench;

import java.util.Arrays;

/** Every latency of a run, in nanoseconds, kept exactly (a growable array, sorted on demand). */
public final class Latencies {
  private long[] values = new long[16 * 1024];
  private int size;

  public void record(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  public void addAll(Latencies other) {
    if (size + other.size > values.length) {
      values = Arrays.copyOf(values, Math.max(values.length * 2, size + other.size));
    }
    System.arraycopy(other.values, 0, values, size, other.size);
    size += other.size;
  }

  public int size() {
    return size;
  }

  /** The value at this percentile (0..100, nearest rank); sorts the values first. */
  public long percentile(double percent) {
    if (size == 0) {
      return 0;
    }
    Arrays.sort(values, 0, size);
    int rank = (int) Math.ceil(percent / 100.0 * size);
    return values[Math.max(0, Math.min(size - 1, rank - 1))];
  }
}
