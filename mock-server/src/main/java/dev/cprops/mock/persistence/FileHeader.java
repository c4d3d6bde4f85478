package dev.cprops.mock.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import okio.BufferedSink;

/**
 * The 8 bytes every data file starts with: a magic number that says what the file is, and the
 * format version that wrote it. A reader refuses a version it does not know.
 */
enum FileHeader {
  /** A journal segment: framed change records. */
  JOURNAL(0x43504a4c), // "CPJL"
  /** A snapshot: framed entity records between a header record and an end record. */
  SNAPSHOT(0x43505353); // "CPSS"

  /** The version of the record format this server writes and reads. */
  static final int FORMAT_VERSION = 1;

  static final int BYTES = 8;

  private final int magic;

  FileHeader(int magic) {
    this.magic = magic;
  }

  void write(BufferedSink sink) throws IOException {
    sink.writeInt(magic);
    sink.writeInt(FORMAT_VERSION);
  }

  ByteBuffer bytes() {
    return ByteBuffer.allocate(BYTES).putInt(magic).putInt(FORMAT_VERSION).flip();
  }

  /**
   * Reads and checks the header at the start of {@code channel}.
   *
   * @throws DataDirException when the file is not of this kind or of another format version
   */
  void check(Path file, FileChannel channel) throws IOException {
    ByteBuffer header = ByteBuffer.allocate(BYTES);
    while (header.hasRemaining() && channel.read(header, header.position()) >= 0) {
      // read until full or end of file
    }
    if (header.hasRemaining() || header.getInt(0) != magic) {
      throw new DataDirException(
          file + " is not a mock-server " + name().toLowerCase(java.util.Locale.ROOT) + " file");
    }
    int version = header.getInt(4);
    if (version != FORMAT_VERSION) {
      throw new DataDirException(
          file
              + " was written in format version "
              + version
              + "; this server reads version "
              + FORMAT_VERSION);
    }
  }
}
