package dev.cprops.mock.persistence;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Reads the {@link Frames} of one file, front to back, checking each frame's length and checksum.
 * Not thread-safe; the caller owns and closes the channel.
 */
final class FrameReader {
  /** One valid frame: where it starts, its sequence number and its payload. */
  record Frame(long offset, long seq, byte[] payload) {}

  /** A frame that is cut short or fails its checksum. */
  static final class InvalidFrameException extends Exception {
    private final long offset;

    InvalidFrameException(long offset, String reason) {
      super(reason, null, false, false);
      this.offset = offset;
    }

    /** Where the invalid frame starts. */
    long offset() {
      return offset;
    }
  }

  private final FileChannel channel;
  private final long size;
  private final DataInputStream in;
  private long offset;

  /** Reads from {@code start} (just after the file header) to the end of the file. */
  FrameReader(FileChannel channel, long start) throws IOException {
    this.channel = channel;
    this.size = channel.size();
    this.offset = start;
    this.in =
        new DataInputStream(
            new BufferedInputStream(Channels.newInputStream(channel.position(start)), 1 << 16));
  }

  /**
   * The next frame, or null at the end of the file.
   *
   * @throws InvalidFrameException for a frame that is cut short or fails its checksum; reading
   *     cannot go on after it
   */
  Frame next() throws IOException, InvalidFrameException {
    long remaining = size - offset;
    if (remaining == 0) {
      return null;
    }
    if (remaining < Frames.PREFIX_BYTES + Frames.SEQ_BYTES) {
      throw new InvalidFrameException(offset, "a frame is cut short after " + remaining + " bytes");
    }
    int length = in.readInt();
    int crc = in.readInt();
    if (length < Frames.SEQ_BYTES || length > remaining - Frames.PREFIX_BYTES) {
      throw new InvalidFrameException(
          offset,
          "a frame's length "
              + length
              + " does not fit the "
              + (remaining - Frames.PREFIX_BYTES)
              + " bytes left");
    }
    byte[] body = new byte[length];
    in.readFully(body);
    if (Frames.checksum(body, 0, length) != crc) {
      throw new InvalidFrameException(offset, "a frame fails its checksum");
    }
    long seq = ByteBuffer.wrap(body).getLong();
    Frame frame = new Frame(offset, seq, Arrays.copyOfRange(body, Frames.SEQ_BYTES, length));
    offset += Frames.PREFIX_BYTES + length;
    return frame;
  }

  /**
   * Whether a valid frame with a sequence number above {@code afterSeq} starts anywhere after
   * {@code from}: if so, the invalid frame at {@code from} is damage in the middle of the file, not
   * the tail of a write that a crash cut short.
   */
  boolean validFrameAfter(long from, long afterSeq) throws IOException {
    long length = Math.min(size - from, Integer.MAX_VALUE);
    if (length <= Frames.PREFIX_BYTES + Frames.SEQ_BYTES) {
      return false;
    }
    MappedByteBuffer rest = channel.map(FileChannel.MapMode.READ_ONLY, from, length);
    byte[] body = new byte[0];
    for (int p = 1; p + Frames.PREFIX_BYTES + Frames.SEQ_BYTES <= length; p++) {
      int bodyLength = rest.getInt(p);
      if (bodyLength < Frames.SEQ_BYTES || bodyLength > length - p - Frames.PREFIX_BYTES) {
        continue;
      }
      if (rest.getLong(p + Frames.PREFIX_BYTES) <= afterSeq) {
        continue;
      }
      if (body.length < bodyLength) {
        body = new byte[bodyLength];
      }
      rest.get(p + Frames.PREFIX_BYTES, body, 0, bodyLength);
      if (Frames.checksum(body, 0, bodyLength) == rest.getInt(p + 4)) {
        return true;
      }
    }
    return false;
  }
}
