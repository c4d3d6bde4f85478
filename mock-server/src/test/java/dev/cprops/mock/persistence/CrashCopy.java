package dev.cprops.mock.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of a data directory taken while its server runs: what a crash would leave on disk. */
public final class CrashCopy {
  private CrashCopy() {}

  /**
   * Copies every file of {@code dir} but its lock into a new directory beside it: exactly what
   * reached the file system at this moment.
   */
  public static Path of(Path dir) throws IOException {
    Path copy = Files.createTempDirectory(dir.getParent(), "crash");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (!file.getFileName().toString().equals("lock")) {
          Files.copy(file, copy.resolve(file.getFileName()));
        }
      }
    }
    return copy;
  }
}
