package dev.cprops.connector.bench;

import dev.cprops.connector.internal.actions.RecordResult;
import dev.cprops.connector.internal.actions.UpsertStatus;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** A batch result sink that keeps the first failed record, so a run shows why records failed. */
final class FirstFailure implements Consumer<RecordResult> {
  private final AtomicReference<RecordResult> first = new AtomicReference<>();

  @Override
  public void accept(RecordResult result) {
    if (result.status() == UpsertStatus.FAILED) {
      first.compareAndSet(null, result);
    }
  }

  /** Prints the first failure to standard error, if any. */
  void report() {
    RecordResult failed = first.get();
    if (failed != null) {
      System.err.println("first failed record: #" + failed.index() + " " + failed.error());
    }
  }
}
