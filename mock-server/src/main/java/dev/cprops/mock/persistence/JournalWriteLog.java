package dev.cprops.mock.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The {@link WriteLog} of a data directory: every write's records in the {@link Journal}, one frame
 * per write.
 *
 * <p>Consistency: writes of any part hold a shared barrier (the read side of a read-write lock)
 * from before they take their own lock until their records are appended; a snapshot and a replace
 * hold it exclusively. So while a snapshot copies the parts, every record appended is in the copies
 * and no other is being made. The order is always barrier, then the part's lock.
 *
 * <p>A write's records are collected on its thread and appended as one frame (a {@code group} when
 * there are several) before its lock is released: positions follow each part's lock order, and a
 * crash keeps either all of a write's records or none. The write then waits for its frame, and for
 * anything appended before it, to be durable (group commit).
 */
final class JournalWriteLog implements WriteLog {
  /** Saves the whole state after a replace; called with the barrier held exclusively. */
  interface Replacement {
    void save();
  }

  private static final class Scope {
    final boolean replacing;
    final List<Map<String, Object>> records = new ArrayList<>(2);
    final List<Runnable> afterAppend = new ArrayList<>(1);

    Scope(boolean replacing) {
      this.replacing = replacing;
    }
  }

  private final Journal journal;
  private final Replacement replacement;
  private final ReentrantReadWriteLock barrier = new ReentrantReadWriteLock();
  private final ThreadLocal<Scope> scopes = new ThreadLocal<>();

  JournalWriteLog(Journal journal, Replacement replacement) {
    this.journal = journal;
    this.replacement = replacement;
  }

  @Override
  public <T> T write(Lock lock, Supplier<T> action) {
    return write(lock, action, true);
  }

  @Override
  public <T> T writeWithoutWaiting(Lock lock, Supplier<T> action) {
    return write(lock, action, false);
  }

  @Override
  public void append(Supplier<Map<String, Object>> record) {
    Scope scope = scopes.get();
    if (scope == null) {
      throw new IllegalStateException("A change was appended outside a write");
    }
    if (!scope.replacing) {
      scope.records.add(record.get());
    }
  }

  @Override
  public void afterAppend(Runnable action) {
    Scope scope = scopes.get();
    if (scope == null || scope.replacing) {
      action.run();
    } else {
      scope.afterAppend.add(action);
    }
  }

  @Override
  public <T> T replace(Supplier<T> action) {
    Scope current = scopes.get();
    if (current != null) {
      if (current.replacing) {
        return action.get();
      }
      throw new IllegalStateException("A replace cannot run inside a write");
    }
    barrier.writeLock().lock();
    try {
      scopes.set(new Scope(true));
      try {
        return action.get();
      } finally {
        scopes.remove();
        replacement.save(); // also after a failed action: memory is what the next start must see
      }
    } finally {
      barrier.writeLock().unlock();
    }
  }

  /** Runs {@code action} while no write runs (snapshots). Must not be called inside a write. */
  <T> T exclusively(Supplier<T> action) {
    barrier.writeLock().lock();
    try {
      return action.get();
    } finally {
      barrier.writeLock().unlock();
    }
  }

  private <T> T write(Lock lock, Supplier<T> action, boolean await) {
    if (scopes.get() != null) {
      return locked(lock, action); // joins the write (or replace) running on this thread
    }
    long position;
    T result;
    barrier.readLock().lock();
    try {
      lock.lock();
      try {
        journal.checkUsable();
        Scope scope = new Scope(false);
        scopes.set(scope);
        try {
          result = action.get();
        } finally {
          scopes.remove();
          position =
              scope.records.isEmpty()
                  ? journal.lastAppended()
                  : journal.append(Records.encode(scope.records));
          scope.afterAppend.forEach(Runnable::run);
        }
      } finally {
        lock.unlock();
      }
    } finally {
      barrier.readLock().unlock();
    }
    if (await) {
      journal.awaitDurable(position);
    }
    return result;
  }

  private static <T> T locked(Lock lock, Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }
}
