package dev.cprops.mock.persistence;

import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

/** {@link WriteLog#IN_MEMORY}: writes run under their lock, nothing is recorded. */
final class InMemoryWriteLog implements WriteLog {
  @Override
  public <T> T write(Lock lock, Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public <T> T writeWithoutWaiting(Lock lock, Supplier<T> action) {
    return write(lock, action);
  }

  @Override
  public void append(Supplier<Map<String, Object>> record) {
    // nothing is recorded
  }

  @Override
  public void afterAppend(Runnable action) {
    action.run();
  }

  @Override
  public <T> T replace(Supplier<T> action) {
    return action.get();
  }
}
