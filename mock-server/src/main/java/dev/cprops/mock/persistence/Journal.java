package dev.cprops.mock.persistence;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only journal: change records in segment files, made durable with group commit.
 *
 * <p>{@link #append} frames a record into an in-memory batch and returns its position at once;
 * positions follow the order of the calls ({@link JournalWriteLog} calls it under the writing
 * part's lock, so each part's records are in the order of its changes). {@link #awaitDurable}
 * blocks until the record is on disk: the first waiter becomes the leader, writes the whole batch
 * and forces it ({@code fdatasync}); the writers that appended meanwhile find their records covered
 * by that force, or lead the next one. So N concurrent writers share one force instead of doing N.
 *
 * <p>{@link #rotate} closes the current segment and starts the next generation, so that the old one
 * can be deleted once a snapshot covers it ({@link #deleteSegmentsCoveredBy}).
 *
 * <p>An I/O failure is final: the journal cannot tell what reached the disk, so every later append
 * or wait fails (the server must be restarted, and recovers what was durable).
 */
final class Journal implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

  private record ClosedSegment(Path path, long lastPosition) {}

  private final DataDirectory directory;
  private final long rotationThreshold;
  private final Runnable onThresholdPassed;

  private final Object appendMonitor = new Object();
  private Buffer pending = new Buffer(); // guarded by appendMonitor
  private long lastPosition; // guarded by appendMonitor: the last position appended

  private final ReentrantLock flushLock = new ReentrantLock();
  private volatile long durablePosition;
  private FileChannel channel; // guarded by flushLock
  private long generation; // guarded by flushLock
  private long segmentBytes; // guarded by flushLock
  private long forces; // guarded by flushLock
  private final List<ClosedSegment> closedSegments = new ArrayList<>(); // guarded by itself

  private volatile RuntimeException failure;
  private volatile boolean closed;

  private Journal(
      DataDirectory directory,
      long lastPosition,
      long rotationThreshold,
      Runnable onThresholdPassed) {
    this.directory = directory;
    this.lastPosition = lastPosition;
    this.durablePosition = lastPosition;
    this.rotationThreshold = rotationThreshold;
    this.onThresholdPassed = onThresholdPassed;
  }

  /**
   * Starts a journal in a new segment.
   *
   * @param lastPosition the position of the last change already durable (the next is one more)
   * @param generation the new segment's generation, above every existing one
   * @param rotationThreshold the segment size in bytes past which {@code onThresholdPassed} runs
   *     (after each force, until the segment is rotated); it must not block
   */
  static Journal start(
      DataDirectory directory,
      long lastPosition,
      long generation,
      long rotationThreshold,
      Runnable onThresholdPassed)
      throws IOException {
    Journal journal = new Journal(directory, lastPosition, rotationThreshold, onThresholdPassed);
    journal.openSegment(generation);
    return journal;
  }

  /**
   * Adds a record to the batch being collected.
   *
   * @return its position
   * @throws IllegalStateException after a failure or {@link #close()}
   */
  long append(byte[] payload) {
    checkUsable();
    synchronized (appendMonitor) {
      long position = ++lastPosition;
      try {
        Frames.write(pending, position, payload);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // an in-memory buffer does not fail
      }
      return position;
    }
  }

  /** The position of the last record appended (0 before the first). */
  long lastAppended() {
    synchronized (appendMonitor) {
      return lastPosition;
    }
  }

  /**
   * Blocks until every record up to {@code position} is on disk.
   *
   * @throws IllegalStateException when the journal failed (now or before) or is closed
   */
  void awaitDurable(long position) {
    if (durablePosition >= position) {
      return;
    }
    flushLock.lock();
    try {
      if (durablePosition < position) {
        flushLocked();
        if (segmentBytes > rotationThreshold) {
          onThresholdPassed.run();
        }
      }
      if (durablePosition < position) {
        throw new IllegalStateException("Position " + position + " was never appended");
      }
    } finally {
      flushLock.unlock();
    }
  }

  /** Writes out the batch, closes the current segment and starts the next generation. */
  void rotate() {
    flushLock.lock();
    try {
      flushLocked();
      channel.close();
      synchronized (closedSegments) {
        closedSegments.add(new ClosedSegment(directory.segment(generation), durablePosition));
      }
      openSegment(generation + 1);
    } catch (IOException e) {
      throw fail(e);
    } finally {
      flushLock.unlock();
    }
  }

  /**
   * Deletes the closed segments whose records are all at or before {@code position} (a durable
   * snapshot holds them). A file that cannot be deleted is kept: replay skips covered records.
   */
  void deleteSegmentsCoveredBy(long position) {
    synchronized (closedSegments) {
      Iterator<ClosedSegment> segments = closedSegments.iterator();
      while (segments.hasNext()) {
        ClosedSegment segment = segments.next();
        if (segment.lastPosition() <= position) {
          try {
            Files.deleteIfExists(segment.path());
            segments.remove();
          } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}", segment.path(), e.toString());
          }
        }
      }
    }
  }

  /** The number of forces (fsyncs) of the journal so far. */
  long forces() {
    flushLock.lock();
    try {
      return forces;
    } finally {
      flushLock.unlock();
    }
  }

  /**
   * Marks the journal failed for good, and returns the exception to throw.
   *
   * @param cause what went wrong
   */
  RuntimeException fail(Exception cause) {
    RuntimeException failed =
        new IllegalStateException(
            "Data dir " + directory.root() + " cannot be written: " + cause, cause);
    if (failure == null) {
      failure = failed;
      LOG.error(
          "Data dir {} cannot be written; every write fails from now on: {}",
          directory.root(),
          cause.toString());
    }
    return failed;
  }

  /** Writes out what was appended and closes the segment; idempotent. */
  @Override
  public void close() throws IOException {
    flushLock.lock();
    try {
      if (closed) {
        return;
      }
      try {
        if (failure == null) {
          flushLocked();
        }
      } finally {
        closed = true;
        channel.close();
      }
    } finally {
      flushLock.unlock();
    }
  }

  private void flushLocked() {
    checkUsable();
    Buffer batch;
    long batchPosition;
    synchronized (appendMonitor) {
      batch = pending;
      pending = new Buffer();
      batchPosition = lastPosition;
    }
    long bytes = batch.size();
    if (bytes > 0) {
      try {
        ByteBuffer buffer = ByteBuffer.wrap(batch.readByteArray());
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(false);
      } catch (IOException e) {
        throw fail(e);
      }
      segmentBytes += bytes;
      forces++;
    }
    durablePosition = Math.max(durablePosition, batchPosition);
  }

  private void openSegment(long newGeneration) throws IOException {
    Path path = directory.segment(newGeneration);
    FileChannel created =
        FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try {
      ByteBuffer header = FileHeader.JOURNAL.bytes();
      while (header.hasRemaining()) {
        created.write(header);
      }
      created.force(true);
      directory.sync();
    } catch (IOException e) {
      created.close();
      throw e;
    }
    channel = created;
    generation = newGeneration;
    segmentBytes = FileHeader.BYTES;
  }

  /**
   * @throws IllegalStateException after a failure or {@link #close()}
   */
  void checkUsable() {
    RuntimeException failed = failure;
    if (failed != null) {
      throw new IllegalStateException(failed.getMessage(), failed);
    }
    if (closed) {
      throw new IllegalStateException("Data dir " + directory.root() + " is closed");
    }
  }
}
