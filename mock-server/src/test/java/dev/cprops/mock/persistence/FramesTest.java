package dev.cprops.mock.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FramesTest {
  @TempDir Path dir;

  @Test
  void framesRoundTrip_withTheirPositionsAndOffsets() throws Exception {
    Path file = write("{\"kind\":\"a\"}", "{\"kind\":\"bb\"}", "{}");

    List<FrameReader.Frame> frames = readAll(file);

    assertThat(frames).extracting(FrameReader.Frame::seq).containsExactly(1L, 2L, 3L);
    assertThat(frames)
        .extracting(f -> new String(f.payload(), StandardCharsets.UTF_8))
        .containsExactly("{\"kind\":\"a\"}", "{\"kind\":\"bb\"}", "{}");
    assertThat(frames).extracting(FrameReader.Frame::offset).containsExactly(0L, 28L, 57L);
  }

  @Test
  void aFrameCutShort_isInvalidAtItsOffset_withNoValidFrameAfterIt() throws Exception {
    Path file = write("{\"kind\":\"a\"}", "{\"kind\":\"b\"}");
    truncateBy(file, 3);

    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      FrameReader reader = new FrameReader(channel, 0);
      assertThat(reader.next().seq()).isEqualTo(1);
      assertThatThrownBy(reader::next)
          .isInstanceOf(FrameReader.InvalidFrameException.class)
          .hasMessage("a frame's length 20 does not fit the 17 bytes left")
          .extracting(e -> ((FrameReader.InvalidFrameException) e).offset())
          .isEqualTo(28L);
      assertThat(reader.validFrameAfter(28, 1)).isFalse();
    }
  }

  @Test
  void aFlippedBit_failsTheChecksum_andTheValidFrameAfterItIsFound() throws Exception {
    Path file = write("{\"kind\":\"a\"}", "{\"kind\":\"b\"}");
    flipByte(file, 20);

    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      FrameReader reader = new FrameReader(channel, 0);
      assertThatThrownBy(reader::next)
          .isInstanceOf(FrameReader.InvalidFrameException.class)
          .hasMessage("a frame fails its checksum");
      assertThat(reader.validFrameAfter(0, 0)).isTrue();
      assertThat(reader.validFrameAfter(0, 2)).as("only frames after seq 2 count").isFalse();
    }
  }

  @Test
  void zeroesAtTheEnd_areACutShortFrame() throws Exception {
    Path file = write("{\"kind\":\"a\"}");
    Files.write(file, new byte[4096], StandardOpenOption.APPEND);

    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      FrameReader reader = new FrameReader(channel, 0);
      reader.next();
      assertThatThrownBy(reader::next).isInstanceOf(FrameReader.InvalidFrameException.class);
      assertThat(reader.validFrameAfter(28, 1)).isFalse();
    }
  }

  private Path write(String... payloads) throws IOException {
    Buffer buffer = new Buffer();
    long seq = 0;
    for (String payload : payloads) {
      Frames.write(buffer, ++seq, payload.getBytes(StandardCharsets.UTF_8));
    }
    Path file = dir.resolve("frames");
    Files.write(file, buffer.readByteArray());
    return file;
  }

  private static List<FrameReader.Frame> readAll(Path file) throws Exception {
    List<FrameReader.Frame> frames = new ArrayList<>();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      FrameReader reader = new FrameReader(channel, 0);
      for (FrameReader.Frame frame = reader.next(); frame != null; frame = reader.next()) {
        frames.add(frame);
      }
    }
    return frames;
  }

  static void truncateBy(Path file, int bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(channel.size() - bytes);
    }
  }

  static void flipByte(Path file, long offset) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      ByteBuffer one = ByteBuffer.allocate(1);
      channel.read(one, offset);
      one.put(0, (byte) (one.get(0) ^ 0x10)).rewind();
      channel.write(one, offset);
    }
  }
}
