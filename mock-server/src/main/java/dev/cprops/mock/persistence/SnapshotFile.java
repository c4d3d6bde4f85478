package dev.cprops.mock.persistence;

import dev.cprops.mock.store.CreatedPartnership;
import dev.cprops.mock.store.Customer;
import dev.cprops.mock.store.PropertyDefinition;
import dev.cprops.mock.store.StoreChange;
import dev.cprops.mock.store.StoreState;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okio.BufferedSink;
import okio.Okio;

/**
 * The snapshot: the whole state as of one write log position, in one file that is only ever
 * replaced whole (written to a temporary file, forced to disk, atomically renamed over the old one,
 * and the directory forced), so a crash leaves either the old snapshot or the new one.
 *
 * <p>Layout: the {@link FileHeader#SNAPSHOT} header, then {@link Frames} that all carry the
 * snapshot's position: a {@code snapshot} record (the clock), one record per partnership, property
 * and customer, and an {@code end} record with the count of entity records. A snapshot without its
 * end record, or with any invalid frame, is corrupt.
 */
final class SnapshotFile {
  private SnapshotFile() {}

  /** Writes {@code state} as the snapshot at {@code position} and makes it durable. */
  static void write(DataDirectory directory, long position, StoreState state) throws IOException {
    Path temp = directory.snapshotTemp();
    try (FileChannel channel =
        FileChannel.open(
            temp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      BufferedSink sink = Okio.buffer(Okio.sink(Channels.newOutputStream(channel)));
      FileHeader.SNAPSHOT.write(sink);
      Frames.write(sink, position, RecordCodec.snapshotHeader(state.clock()));
      long records = 0;
      for (CreatedPartnership partnership : state.partnerships()) {
        Frames.write(
            sink, position, RecordCodec.encode(new StoreChange.PartnershipCreated(partnership)));
        records++;
      }
      for (PropertyDefinition property : state.properties()) {
        Frames.write(sink, position, RecordCodec.encode(new StoreChange.PropertySaved(property)));
        records++;
      }
      for (Customer customer : state.customers()) {
        Frames.write(sink, position, RecordCodec.encode(new StoreChange.CustomerSaved(customer)));
        records++;
      }
      Frames.write(sink, position, RecordCodec.snapshotEnd(records));
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
   * The snapshot in {@code file}, if there is one.
   *
   * @throws DataDirException when it is corrupt or of another format version
   */
  static Optional<StoreState> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      FileHeader.SNAPSHOT.check(file, channel);
      FrameReader reader = new FrameReader(channel, FileHeader.BYTES);
      Long position = null;
      long clock = 0;
      long records = 0;
      List<PropertyDefinition> properties = new ArrayList<>();
      List<Customer> customers = new ArrayList<>();
      List<CreatedPartnership> partnerships = new ArrayList<>();
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
        Map<String, Object> record;
        try {
          record = RecordCodec.parse(frame.payload());
          String kind = RecordCodec.kind(record);
          if (position == null) {
            if (!kind.equals(RecordCodec.SNAPSHOT)) {
              throw new IllegalArgumentException("the first record is not the snapshot header");
            }
            position = frame.seq();
            clock = new RecordFields(record).number("clock");
            continue;
          }
          if (kind.equals(RecordCodec.END)) {
            long expected = new RecordFields(record).number("records");
            if (expected != records) {
              throw new IllegalArgumentException(
                  "the end record counts " + expected + " records, the file holds " + records);
            }
            if (reader.next() != null) {
              throw new IllegalArgumentException("records follow the end record");
            }
            return Optional.of(
                new StoreState(position, clock, properties, customers, partnerships));
          }
          StoreChange change = RecordCodec.decodeChange(record);
          if (change instanceof StoreChange.PropertySaved saved) {
            properties.add(saved.property());
          } else if (change instanceof StoreChange.CustomerSaved saved) {
            customers.add(saved.customer());
          } else if (change instanceof StoreChange.PartnershipCreated created) {
            partnerships.add(created.created());
          }
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
