package dev.cprops.mock.persistence;

import dev.cprops.mock.json.JsonValueWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import okio.BufferedSink;
import okio.Okio;

/**
 * The snapshot: the whole state as of one journal position, in one file that is only ever replaced
 * whole (written to a temporary file, forced to disk, atomically renamed over the old one, and the
 * directory forced), so a crash leaves either the old snapshot or the new one.
 *
 * <p>Layout: the {@link FileHeader#SNAPSHOT} header, then {@link Frames} that all carry the
 * snapshot's position: a {@code snapshot} record (the clock: the last time any part handed out),
 * every part's records ({@link DurablePart.Snapshot}), and an {@code end} record with the count of
 * part records. A snapshot without its end record, or with any invalid frame, is corrupt.
 */
final class SnapshotFile {
  /** Where a snapshot stands. */
  record Found(long position, long clock) {}

  private SnapshotFile() {}

  /** Writes the parts' {@code states} as the snapshot at {@code position}, durably. */
  static void write(
      DataDirectory directory, long position, long clock, List<DurablePart.Snapshot> states)
      throws IOException {
    Path temp = directory.snapshotTemp();
    try (FileChannel channel =
        FileChannel.open(
            temp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      BufferedSink sink = Okio.buffer(Okio.sink(Channels.newOutputStream(channel)));
      FileHeader.SNAPSHOT.write(sink);
      Frames.write(sink, position, Records.snapshotHeader(clock));
      long[] records = {0};
      try {
        for (DurablePart.Snapshot state : states) {
          state.records(
              record -> {
                try {
                  Frames.write(sink, position, JsonValueWriter.write(record));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                records[0]++;
              });
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      Frames.write(sink, position, Records.snapshotEnd(records[0]));
      sink.flush();
      channel.force(true);
    }
    Files.move(
        temp,
        directory.snapshot(),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    directory.sync();
  }

  /**
   * Loads the snapshot in {@code file}, if there is one, into the parts.
   *
   * @throws DataDirException when it is corrupt or of another format version
   */
  static Optional<Found> read(Path file, PartRouter parts) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      FileHeader.SNAPSHOT.check(file, channel);
      FrameReader reader = new FrameReader(channel, FileHeader.BYTES);
      Long position = null;
      long clock = 0;
      long records = 0;
      while (true) {
        FrameReader.Frame frame;
        try {
          frame = reader.next();
        } catch (FrameReader.InvalidFrameException e) {
          throw corrupt(file, e.offset(), e.getMessage());
        }
        if (frame == null) {
          throw corrupt(file, channel.size(), "the end record is missing");
        }
        if (position != null && frame.seq() != position) {
          throw corrupt(file, frame.offset(), "a record of another position");
        }
        try {
          RecordFields record = Records.parse(frame.payload());
          String kind = record.kind();
          if (position == null) {
            if (!kind.equals(Records.SNAPSHOT)) {
              throw new IllegalArgumentException("the first record is not the snapshot header");
            }
            position = frame.seq();
            clock = record.number("clock");
            parts.advanceClock(clock);
            continue;
          }
          if (kind.equals(Records.END)) {
            long expected = record.number("records");
            if (expected != records) {
              throw new IllegalArgumentException(
                  "the end record counts " + expected + " records, the file holds " + records);
            }
            if (reader.next() != null) {
              throw new IllegalArgumentException("records follow the end record");
            }
            return Optional.of(new Found(position, clock));
          }
          parts.load(record);
          records++;
        } catch (IllegalArgumentException | FrameReader.InvalidFrameException e) {
          throw corrupt(file, frame.offset(), e.getMessage());
        }
      }
    }
  }

  private static DataDirException corrupt(Path file, long offset, String reason) {
    return new DataDirException(
        "Snapshot " + file + " is corrupt at offset " + offset + ": " + reason);
  }
}
