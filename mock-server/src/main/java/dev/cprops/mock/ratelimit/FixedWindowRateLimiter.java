package dev.cprops.mock.ratelimit;

import java.time.InstantSource;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts requests per credential in fixed one-minute windows aligned to the clock's minutes (a
 * window runs from {@code hh:mm:00} to {@code hh:mm+1:00}, the same boundaries for every
 * credential). A request is allowed while its credential has made fewer than {@link #limit()}
 * requests in the current window; refused requests are not counted.
 *
 * <p>Exact under concurrency and lock-free: each credential's window and count live in one {@link
 * AtomicLong} (window index in the high 32 bits, count in the low 32 bits) updated by
 * compare-and-set, so with a limit of N exactly N requests of a window are allowed however many
 * threads race. The clock is injectable for tests. A limit of 0 turns limiting off.
 *
 * <p>Memory: one counter per credential ever seen (the vendor, each partner, each client address of
 * unauthenticated requests); counters are reused across windows, never evicted.
 */
public final class FixedWindowRateLimiter {
  /** The default limit: requests per minute per credential. */
  public static final int DEFAULT_LIMIT = 4_000;

  /** The largest limit accepted. */
  public static final int MAX_LIMIT = 1_000_000_000;

  static final long WINDOW_MILLIS = 60_000;

  private final InstantSource clock;
  private final ConcurrentHashMap<String, AtomicLong> counters = new ConcurrentHashMap<>();
  private volatile int limit;

  /**
   * @param limit requests per minute per credential, 0 for no limit
   * @param clock the time source of the windows
   */
  public FixedWindowRateLimiter(int limit, InstantSource clock) {
    this.limit = checkLimit(limit);
    this.clock = clock;
  }

  /** Requests per minute per credential; 0 means no limit. */
  public int limit() {
    return limit;
  }

  /**
   * Changes the limit at once; counts of the current window are kept, so lowering the limit below a
   * credential's count refuses its next requests until the window ends.
   *
   * @param limit requests per minute per credential, 0 for no limit
   */
  public void setLimit(int limit) {
    this.limit = checkLimit(limit);
  }

  /** Forgets every credential's count: each starts the current window afresh. */
  public void clearCounts() {
    counters.values().forEach(counter -> counter.set(0));
  }

  /** The window length in seconds (60). */
  public long windowSeconds() {
    return WINDOW_MILLIS / 1_000;
  }

  /** When the current window ends, in epoch seconds. */
  public long currentWindowResetEpochSecond() {
    return resetEpochSecond(windowIndex(clock.millis()));
  }

  /** Requests counted in the current window, by credential, for credentials that made any. */
  public Map<String, Integer> currentCounts() {
    long window = windowIndex(clock.millis());
    Map<String, Integer> counts = new TreeMap<>();
    counters.forEach(
        (credential, counter) -> {
          long state = counter.get();
          if (windowOf(state) == window && countOf(state) > 0) {
            counts.put(credential, countOf(state));
          }
        });
    return counts;
  }

  /**
   * Counts one request of a credential, if the limit allows it.
   *
   * @param credential who makes the request, e.g. {@code vendor} or {@code partner:partner_jane}
   * @return the outcome; {@link Quota#unlimited()} when the limit is 0
   */
  public Quota acquire(String credential) {
    int max = limit;
    if (max == 0) {
      return Quota.UNLIMITED;
    }
    long now = clock.millis();
    long current = windowIndex(now);
    AtomicLong counter = counters.computeIfAbsent(credential, key -> new AtomicLong());
    while (true) {
      long state = counter.get();
      long window = windowOf(state);
      int used = countOf(state);
      if (window < current) {
        window = current;
        used = 0;
      }
      if (used >= max) {
        return new Quota(false, max, 0, resetEpochSecond(window), retryAfterSeconds(window, now));
      }
      if (counter.compareAndSet(state, pack(window, used + 1))) {
        return new Quota(true, max, max - used - 1, resetEpochSecond(window), 0);
      }
    }
  }

  private static long windowIndex(long epochMillis) {
    return Math.floorDiv(epochMillis, WINDOW_MILLIS);
  }

  private static long resetEpochSecond(long window) {
    return (window + 1) * WINDOW_MILLIS / 1_000;
  }

  private static long retryAfterSeconds(long window, long now) {
    long millisLeft = (window + 1) * WINDOW_MILLIS - now;
    return Math.max(1, Math.floorDiv(millisLeft + 999, 1_000));
  }

  private static long pack(long window, int count) {
    return (window << 32) | (count & 0xFFFF_FFFFL);
  }

  private static long windowOf(long state) {
    return state >>> 32;
  }

  private static int countOf(long state) {
    return (int) state;
  }

  private static int checkLimit(int limit) {
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "rate limit must be 0 (off) to " + MAX_LIMIT + " requests per minute, was " + limit);
    }
    return limit;
  }
}
