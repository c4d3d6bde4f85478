package dev.cprops.mock.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the parts of the server's state ({@link DurablePart}: the store, the webhooks, the CRM)
 * durable in one data directory: a write is acknowledged only once its record is forced to disk, so
 * every write answered 2xx survives {@code kill -9}.
 *
 * <p>The directory holds a snapshot (the whole state at one position) and the journal of records
 * after it ({@link DataDirectory}). At {@link #open} the snapshot is loaded, the journal replayed
 * and, when it held anything, compacted into a new snapshot; then each part is {@linkplain
 * DurablePart#attach attached} to the {@link WriteLog} it records its changes in. While running, a
 * journal segment that grows past the compaction threshold is compacted in the background. A
 * replace (seed or reset) is saved as a new snapshot, atomically.
 *
 * <p>After an I/O failure every write fails (5xx) until the server is restarted.
 *
 * <p>Thread-safe.
 */
public final class DurableState implements AutoCloseable {
  /** Journal bytes past which a compaction starts: 64 MiB. */
  public static final long DEFAULT_COMPACTION_THRESHOLD = 64L << 20;

  private static final Logger LOG = LoggerFactory.getLogger(DurableState.class);

  private final DataDirectory directory;
  private final PartRouter parts;
  private final RecoveryReport recovery;
  private final Journal journal;
  private final JournalWriteLog writeLog;
  private final ExecutorService compactor;
  private final AtomicBoolean compactionScheduled = new AtomicBoolean();
  private final Object compactionLock = new Object();
  private long snapshotPosition; // guarded by compactionLock

  private DurableState(
      DataDirectory directory,
      PartRouter parts,
      RecoveryReport recovery,
      long position,
      long generation,
      long compactionThreshold)
      throws IOException {
    this.directory = directory;
    this.parts = parts;
    this.recovery = recovery;
    this.snapshotPosition = position;
    this.compactor =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "data-dir-compaction");
              thread.setDaemon(true);
              return thread;
            });
    this.journal =
        Journal.start(
            directory, position, generation, compactionThreshold, this::requestCompaction);
    this.writeLog = new JournalWriteLog(journal, this::saveReplacement);
  }

  /** {@link #open(Path, List, long)} with the default compaction threshold. */
  public static DurableState open(Path dataDir, List<DurablePart> parts) {
    return open(dataDir, parts, DEFAULT_COMPACTION_THRESHOLD);
  }

  /**
   * Loads the state saved in {@code dataDir} (created when missing) into {@code parts}, which must
   * be empty, and attaches them to the write log that saves their changes there from now on.
   *
   * @param compactionThreshold journal segment bytes past which a background compaction starts
   * @throws DataDirException when the directory is in use by another server, cannot be read or
   *     written, or is corrupt
   */
  public static DurableState open(Path dataDir, List<DurablePart> parts, long compactionThreshold) {
    if (compactionThreshold <= 0) {
      throw new IllegalArgumentException("compaction threshold must be positive");
    }
    PartRouter router = new PartRouter(parts);
    long started = System.nanoTime();
    DataDirectory directory = DataDirectory.open(dataDir);
    try {
      Recovery.Result found = Recovery.run(directory, router);
      List<DataDirectory.Segment> segments = directory.segments();
      if (!found.fresh() && (found.replayed() > 0 || found.droppedBytes() > 0)) {
        SnapshotFile.write(directory, found.position(), router.clock(), router.snapshots());
      }
      for (DataDirectory.Segment segment : segments) {
        Files.delete(segment.path());
      }
      directory.sync();
      long generation = segments.isEmpty() ? 1 : segments.get(segments.size() - 1).generation() + 1;
      RecoveryReport report =
          new RecoveryReport(
              directory.root(),
              found.fresh(),
              found.replayed(),
              found.droppedBytes(),
              Duration.ofNanos(System.nanoTime() - started));
      DurableState state =
          new DurableState(
              directory, router, report, found.position(), generation, compactionThreshold);
      router.parts().forEach(part -> part.attach(state.writeLog));
      return state;
    } catch (IOException | RuntimeException e) {
      try {
        directory.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof DataDirException known) {
        throw known;
      }
      throw new DataDirException("Cannot load data dir " + directory.root() + ": " + e, e);
    }
  }

  /** What was found at start. */
  public RecoveryReport recovery() {
    return recovery;
  }

  /** The directory, absolute. */
  public Path dataDir() {
    return directory.root();
  }

  /** The write log the parts record their changes in (also for a replace that spans parts). */
  public WriteLog writeLog() {
    return writeLog;
  }

  /**
   * Writes a snapshot of the current state and deletes the journal segments it covers. Runs in the
   * background when the journal passes the threshold; callable directly (tests, tools), but not
   * inside a write.
   *
   * @throws DataDirException when the snapshot cannot be written (the journal still holds every
   *     change)
   */
  public void compact() {
    journal.rotate();
    Copy copy = writeLog.exclusively(this::copy);
    synchronized (compactionLock) {
      if (copy.position() <= snapshotPosition) {
        return;
      }
      try {
        SnapshotFile.write(directory, copy.position(), copy.clock(), copy.states());
      } catch (IOException | RuntimeException e) {
        throw new DataDirException("Cannot write a snapshot in " + directory.root() + ": " + e, e);
      }
      snapshotPosition = copy.position();
      journal.deleteSegmentsCoveredBy(copy.position());
    }
  }

  /** How many times the journal was forced to disk since start. */
  public long journalForces() {
    return journal.forces();
  }

  /** Waits for a running compaction, writes out what was appended, and releases the directory. */
  @Override
  public void close() {
    compactor.shutdown();
    try {
      compactor.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      try {
        journal.close();
      } finally {
        directory.close();
      }
    } catch (IOException e) {
      throw new DataDirException("Cannot close data dir " + directory.root() + ": " + e, e);
    }
  }

  private record Copy(long position, long clock, List<DurablePart.Snapshot> states) {}

  /** The parts' states and the position they include; called while no write runs. */
  private Copy copy() {
    return new Copy(journal.lastAppended(), parts.clock(), parts.snapshots());
  }

  /**
   * After a replace, with every write held off: a marker record takes the next position, then the
   * whole state is saved as the snapshot at that position. A crash before the snapshot is in place
   * leaves the old snapshot and journal, in which the marker changes nothing.
   */
  private void saveReplacement() {
    synchronized (compactionLock) {
      try {
        journal.append(Records.replaced());
        journal.rotate();
        Copy copy = copy();
        SnapshotFile.write(directory, copy.position(), copy.clock(), copy.states());
        snapshotPosition = copy.position();
        journal.deleteSegmentsCoveredBy(copy.position());
      } catch (IOException | RuntimeException e) {
        throw journal.fail(e);
      }
    }
  }

  private void requestCompaction() {
    if (!compactionScheduled.compareAndSet(false, true)) {
      return;
    }
    try {
      compactor.execute(
          () -> {
            compactionScheduled.set(false);
            try {
              compact();
            } catch (RuntimeException e) {
              LOG.warn("Compaction of {} failed: {}", directory.root(), e.toString());
            }
          });
    } catch (RejectedExecutionException e) {
      compactionScheduled.set(false); // closing: the next start compacts
    }
  }
}
