package dev.cprops.mock.persistence;

import dev.cprops.mock.store.CustomerPropertiesStore;
import dev.cprops.mock.store.StoreChange;
import dev.cprops.mock.store.StoreState;
import dev.cprops.mock.store.StoreWriteLog;
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
 * Keeps a {@link CustomerPropertiesStore} durable in a data directory: a write is acknowledged only
 * once its record is forced to disk, so every write answered 2xx survives {@code kill -9}.
 *
 * <p>What is saved is the resulting state of each entity a write touched (a {@link StoreChange}),
 * never the request: loading never re-runs validation nor regenerates keys or times. The directory
 * holds a snapshot (the whole state at one position) and the journal of changes after it ({@link
 * DataDirectory}). At {@link #open} the snapshot is loaded, the journal replayed and, when it held
 * anything, compacted into a new snapshot; while running, a journal segment that grows past the
 * compaction threshold is compacted in the background. A reset or a seed replaces everything and is
 * saved as a new snapshot, atomically.
 *
 * <p>A read may see a write whose record is being forced, before that write is acknowledged; the
 * promise is about acknowledged writes. After an I/O failure every write fails (5xx) until the
 * server is restarted.
 *
 * <p>Thread-safe.
 */
public final class StorePersistence implements StoreWriteLog, AutoCloseable {
  /** Journal bytes past which a compaction starts: 64 MiB. */
  public static final long DEFAULT_COMPACTION_THRESHOLD = 64L << 20;

  private static final Logger LOG = LoggerFactory.getLogger(StorePersistence.class);

  private final DataDirectory directory;
  private final CustomerPropertiesStore store;
  private final RecoveryReport recovery;
  private final Journal journal;
  private final ExecutorService compactor;
  private final AtomicBoolean compactionScheduled = new AtomicBoolean();
  private final Object compactionLock = new Object();
  private long snapshotPosition; // guarded by compactionLock

  private StorePersistence(
      DataDirectory directory,
      CustomerPropertiesStore store,
      RecoveryReport recovery,
      long snapshotPosition,
      long lastPosition,
      long generation,
      long compactionThreshold)
      throws IOException {
    this.directory = directory;
    this.store = store;
    this.recovery = recovery;
    this.snapshotPosition = snapshotPosition;
    this.compactor =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "data-dir-compaction");
              thread.setDaemon(true);
              return thread;
            });
    this.journal =
        Journal.start(
            directory, lastPosition, generation, compactionThreshold, this::requestCompaction);
  }

  /** {@link #open(Path, CustomerPropertiesStore, long)} with the default compaction threshold. */
  public static StorePersistence open(Path dataDir, CustomerPropertiesStore store) {
    return open(dataDir, store, DEFAULT_COMPACTION_THRESHOLD);
  }

  /**
   * Loads the state saved in {@code dataDir} (created when missing) into {@code store}, which must
   * be empty, and from then on saves every change of {@code store} there.
   *
   * @param compactionThreshold journal segment bytes past which a background compaction starts
   * @throws DataDirException when the directory is in use by another server, cannot be read or
   *     written, or is corrupt
   */
  public static StorePersistence open(
      Path dataDir, CustomerPropertiesStore store, long compactionThreshold) {
    if (compactionThreshold <= 0) {
      throw new IllegalArgumentException("compaction threshold must be positive");
    }
    long started = System.nanoTime();
    DataDirectory directory = DataDirectory.open(dataDir);
    try {
      Recovery.Result found = Recovery.run(directory, store);
      List<DataDirectory.Segment> segments = directory.segments();
      if (!found.fresh() && (found.replayed() > 0 || found.droppedBytes() > 0)) {
        SnapshotFile.write(directory, found.position(), store.exportState());
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
      StorePersistence persistence =
          new StorePersistence(
              directory,
              store,
              report,
              found.position(),
              found.position(),
              generation,
              compactionThreshold);
      store.attachWriteLog(persistence);
      return persistence;
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

  @Override
  public long append(StoreChange change) {
    return journal.append(RecordCodec.encode(change));
  }

  @Override
  public long replaced(StoreState state) {
    synchronized (compactionLock) {
      long position = journal.reserve();
      try {
        journal.rotate();
        SnapshotFile.write(directory, position, state);
      } catch (IOException | RuntimeException e) {
        throw journal.fail(e);
      }
      snapshotPosition = position;
      journal.markDurable(position);
      journal.deleteSegmentsCoveredBy(position);
      return position;
    }
  }

  @Override
  public void awaitDurable(long position) {
    journal.awaitDurable(position);
  }

  /**
   * Writes a snapshot of the current state and deletes the journal segments it covers. Runs in the
   * background when the journal passes the threshold; callable directly (tests, tools).
   *
   * @throws DataDirException when the snapshot cannot be written (the journal still holds every
   *     change)
   */
  public void compact() {
    journal.rotate();
    StoreState state = store.exportState();
    synchronized (compactionLock) {
      if (state.position() <= snapshotPosition) {
        return;
      }
      try {
        SnapshotFile.write(directory, state.position(), state);
      } catch (IOException e) {
        throw new DataDirException("Cannot write a snapshot in " + directory.root() + ": " + e, e);
      }
      snapshotPosition = state.position();
      journal.deleteSegmentsCoveredBy(state.position());
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
