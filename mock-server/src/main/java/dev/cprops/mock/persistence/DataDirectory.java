package dev.cprops.mock.persistence;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a data directory, which one server at a time owns (an OS file lock on {@code lock},
 * released even by {@code kill -9}):
 *
 * <ul>
 *   <li>{@code snapshot.dat}: the whole state as of one write log position, replaced atomically;
 *   <li>{@code journal-<generation>.log}: the changes after it, in segments of increasing
 *       generation;
 *   <li>{@code *.tmp}: a snapshot being written; deleted at start.
 * </ul>
 */
final class DataDirectory implements Closeable {
  private static final Pattern SEGMENT = Pattern.compile("journal-(\\d{16})\\.log");

  /** A journal segment file and its generation. */
  record Segment(Path path, long generation) {}

  private final Path root;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private DataDirectory(Path root, FileChannel lockChannel, FileLock lock) {
    this.root = root;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Opens (creating it if needed) and locks a data directory, and deletes leftover temporary files.
   *
   * @throws DataDirException when another server holds it, or it cannot be created or read
   */
  static DataDirectory open(Path root) {
    Path dir = root.toAbsolutePath().normalize();
    FileChannel channel = null;
    try {
      Files.createDirectories(dir);
      channel =
          FileChannel.open(
              dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new DataDirException("Data dir " + dir + " is in use by another mock server");
      }
      DataDirectory directory = new DataDirectory(dir, channel, lock);
      directory.deleteTemporaryFiles();
      return directory;
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      if (e instanceof DataDirException known) {
        throw known;
      }
      throw new DataDirException("Cannot open data dir " + dir + ": " + e, e);
    }
  }

  Path root() {
    return root;
  }

  Path snapshot() {
    return root.resolve("snapshot.dat");
  }

  Path snapshotTemp() {
    return root.resolve("snapshot.dat.tmp");
  }

  Path segment(long generation) {
    return root.resolve(String.format("journal-%016d.log", generation));
  }

  /** The journal segments, oldest generation first. */
  List<Segment> segments() throws IOException {
    List<Segment> segments = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(root, "journal-*.log")) {
      for (Path file : files) {
        Matcher name = SEGMENT.matcher(file.getFileName().toString());
        if (name.matches()) {
          segments.add(new Segment(file, Long.parseLong(name.group(1))));
        }
      }
    }
    segments.sort(Comparator.comparingLong(Segment::generation));
    return segments;
  }

  /** Makes the directory's entries (files created, renamed, deleted) durable. */
  void sync() throws IOException {
    try (FileChannel directory = FileChannel.open(root, StandardOpenOption.READ)) {
      directory.force(true);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      lockChannel.close();
    }
  }

  private void deleteTemporaryFiles() throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(root, "*.tmp")) {
      for (Path file : files) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // already failing; the first error is the one reported
      }
    }
  }
}
