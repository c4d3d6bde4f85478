package dev.cprops.mock.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a data directory into the parts: the snapshot, then the journal records after its position,
 * segment by segment, in position order.
 *
 * <p>Positions must follow each other without a gap after the snapshot's. Only the last segment may
 * end in an invalid frame, and only when no valid frame follows it: that is a write a crash cut
 * short, never acknowledged, and it is dropped. Anything else invalid is corruption, reported with
 * the file and offset.
 */
final class Recovery {
  private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

  /**
   * What was found.
   *
   * @param fresh neither a snapshot nor a journal record: a new data directory
   * @param hadSnapshot whether a snapshot was loaded
   * @param position the position of the last change loaded
   * @param replayed journal records applied after the snapshot
   * @param droppedBytes bytes of a record cut short at the end of the journal, dropped
   */
  record Result(
      boolean fresh, boolean hadSnapshot, long position, long replayed, long droppedBytes) {}

  private final PartRouter parts;
  private long previous;
  private long position;
  private long replayed;
  private long droppedBytes;

  private Recovery(PartRouter parts) {
    this.parts = parts;
  }

  /**
   * Loads {@code directory} into {@code parts}.
   *
   * @throws DataDirException when a file is corrupt or of another format version
   */
  static Result run(DataDirectory directory, PartRouter parts) throws IOException {
    return new Recovery(parts).load(directory);
  }

  private Result load(DataDirectory directory) throws IOException {
    Optional<SnapshotFile.Found> snapshot = SnapshotFile.read(directory.snapshot(), parts);
    position = snapshot.map(SnapshotFile.Found::position).orElse(0L);
    List<DataDirectory.Segment> segments = directory.segments();
    for (int i = 0; i < segments.size(); i++) {
      replaySegment(segments.get(i).path(), i == segments.size() - 1);
    }
    return new Result(
        snapshot.isEmpty() && replayed == 0,
        snapshot.isPresent(),
        position,
        replayed,
        droppedBytes);
  }

  private void replaySegment(Path file, boolean last) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size < FileHeader.BYTES && last) {
        droppedBytes += size; // created by a start that a crash interrupted
        return;
      }
      FileHeader.JOURNAL.check(file, channel);
      FrameReader reader = new FrameReader(channel, FileHeader.BYTES);
      while (true) {
        FrameReader.Frame frame;
        try {
          frame = reader.next();
        } catch (FrameReader.InvalidFrameException e) {
          if (last && !reader.validFrameAfter(e.offset(), previous)) {
            droppedBytes += size - e.offset();
            LOG.warn(
                "{}: dropped the last {} bytes at offset {} ({}): a write cut short by a crash,"
                    + " never acknowledged",
                file,
                size - e.offset(),
                e.offset(),
                e.getMessage());
            return;
          }
          throw corrupt(
              file,
              e.offset(),
              e.getMessage()
                  + (last
                      ? ", and valid records follow it"
                      : ", in a segment that is not the last"));
        }
        if (frame == null) {
          return;
        }
        apply(file, frame);
      }
    }
  }

  private void apply(Path file, FrameReader.Frame frame) {
    if (frame.seq() <= previous) {
      throw corrupt(
          file, frame.offset(), "record " + frame.seq() + " comes after record " + previous);
    }
    previous = frame.seq();
    if (frame.seq() <= position) {
      return; // the snapshot holds it
    }
    if (frame.seq() != position + 1) {
      throw corrupt(
          file,
          frame.offset(),
          "records " + (position + 1) + " to " + (frame.seq() - 1) + " are missing");
    }
    try {
      parts.load(Records.parse(frame.payload()));
    } catch (IllegalArgumentException e) {
      throw corrupt(file, frame.offset(), e.getMessage());
    }
    position = frame.seq();
    replayed++;
  }

  private static DataDirException corrupt(Path file, long offset, String reason) {
    return new DataDirException(
        "Journal " + file + " is corrupt at offset " + offset + ": " + reason);
  }
}
