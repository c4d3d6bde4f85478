package dev.cprops.mock.store;

/**
 * Where a {@link CustomerPropertiesStore} reports every change it applies, so that the changes can
 * be made durable (see {@code dev.cprops.mock.persistence}). Positions are increasing numbers that
 * order the changes.
 *
 * <p>The store calls {@link #append} and {@link #replaced} with its write lock held, one at a time,
 * in the order the changes are applied; then, after the outermost write released the lock and
 * before the write returns to its caller, {@link #awaitDurable} with the position of the latest
 * change (so a write that changed nothing still waits for the state it answered from). A write log
 * that cannot keep its promise throws an unchecked exception; the write then fails.
 */
public interface StoreWriteLog {
  /**
   * Records one change, not yet necessarily durable; called before the change is visible.
   *
   * @return the change's position
   */
  long append(StoreChange change);

  /**
   * Records that the whole state was replaced (a reset or a seed): durable when this returns.
   *
   * @return the position of the replacement
   */
  long replaced(StoreState state);

  /** Blocks until every change up to {@code position} is durable. */
  void awaitDurable(long position);
}
