package dev.cprops.mock.persistence;

import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

/**
 * How a part of the server's state (the store, the webhooks, the CRM) makes its changes durable. A
 * part changes its state only inside {@link #write} (or {@link #replace}), and reports each change
 * there with {@link #append}: the resulting state of what it touched, as a JSON object with a
 * {@code kind} that the part itself reads back ({@link DurablePart#load}).
 *
 * <p>Without a data directory, {@link #IN_MEMORY} runs every write directly and records nothing.
 * With one, the records of a write are framed together, in the order the part's lock gives its
 * writes, and {@link #write} returns once they are on disk. A write that runs inside another on the
 * same thread (a store write whose change queues a webhook event) joins it: its records go into the
 * same frame, atomically, and the outer write waits for them.
 *
 * <p>Implementations are thread-safe.
 */
public interface WriteLog {
  /** Runs writes directly and records nothing: the state is in memory only. */
  WriteLog IN_MEMORY = new InMemoryWriteLog();

  /**
   * Runs one write: takes {@code lock}, runs {@code action}, which changes the part's state and
   * {@linkplain #append appends} a record of each change, and returns once those records are
   * durable. A write that changes nothing still waits for what was appended before it, since its
   * answer may show it.
   *
   * @throws IllegalStateException when the data directory cannot be written (nothing is changed)
   */
  <T> T write(Lock lock, Supplier<T> action);

  /**
   * Like {@link #write}, but returns without waiting for the disk: for changes that no client waits
   * for (a delivery's bookkeeping). They are durable with the next write that waits.
   */
  <T> T writeWithoutWaiting(Lock lock, Supplier<T> action);

  /**
   * Records one change of the write running on this thread. {@code record} is called only when
   * something is recorded (not in memory, not during a {@link #replace}).
   *
   * @throws IllegalStateException outside a write
   */
  void append(Supplier<Map<String, Object>> record);

  /**
   * Runs {@code action} once the write running on this thread has its records appended, still under
   * its lock (at once in memory and during a {@link #replace}). For work that must not start before
   * the change is recorded, e.g. handing a webhook event to its delivery queue.
   */
  void afterAppend(Runnable action);

  /**
   * Replaces state wholesale (a seed or a reset): runs {@code action} with every other write held
   * off; what it appends is not recorded, instead the whole state of every part is saved as one new
   * snapshot before this returns. Inside another replace, it just runs {@code action}.
   *
   * @throws IllegalStateException inside a {@link #write}, or when the data directory cannot be
   *     written
   */
  <T> T replace(Supplier<T> action);
}
