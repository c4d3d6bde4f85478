package dev.cprops.mock.chaos;

/** Waits for a while: {@link Thread#sleep(long)} in the server, something instant in tests. */
@FunctionalInterface
public interface Sleeper {
  Sleeper THREAD_SLEEP = Thread::sleep;

  void sleep(long millis) throws InterruptedException;
}
