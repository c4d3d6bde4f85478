package dev.cprops.mock.persistence;

import java.io.IOException;
import java.util.zip.CRC32C;
import okio.BufferedSink;

/**
 * The framing of every record in the data files, so that a record cut short by a crash, or damaged
 * later, is recognised:
 *
 * <pre>
 * frame := length:int32  crc:int32  body        (big-endian)
 * body  := seq:int64  payload                   (length = 8 + payload bytes)
 * crc   := CRC-32C of body
 * </pre>
 *
 * The payload is a UTF-8 JSON object with a {@code "kind"} ({@link RecordCodec}); {@code seq} is
 * the record's write log position.
 */
final class Frames {
  /** The bytes before the body: length and checksum. */
  static final int PREFIX_BYTES = 8;

  /** The bytes of the sequence number at the start of the body. */
  static final int SEQ_BYTES = 8;

  private Frames() {}

  /** Writes one frame; returns its size in bytes. */
  static long write(BufferedSink sink, long seq, byte[] payload) throws IOException {
    byte[] seqBytes = seqBytes(seq);
    CRC32C crc = new CRC32C();
    crc.update(seqBytes);
    crc.update(payload);
    sink.writeInt(SEQ_BYTES + payload.length);
    sink.writeInt((int) crc.getValue());
    sink.write(seqBytes);
    sink.write(payload);
    return PREFIX_BYTES + SEQ_BYTES + payload.length;
  }

  static int checksum(byte[] body, int offset, int length) {
    CRC32C crc = new CRC32C();
    crc.update(body, offset, length);
    return (int) crc.getValue();
  }

  private static byte[] seqBytes(long seq) {
    byte[] bytes = new byte[SEQ_BYTES];
    for (int i = SEQ_BYTES - 1; i >= 0; i--) {
      bytes[i] = (byte) seq;
      seq >>>= 8;
    }
    return bytes;
  }
}
