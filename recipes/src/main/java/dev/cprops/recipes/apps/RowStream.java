package dev.cprops.recipes.apps;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/**
 * The rows of a CSV file, read lazily: each {@link #iterator()} opens the file and reads one row at
 * a time, so a recipe can loop over a file of any size in constant memory. The iterator closes the
 * file when it is exhausted, or when {@link RowIterator#close()} is called. Not a {@code List}: the
 * runner copies it into one only when a whole list is mapped into an action's input.
 */
public final class RowStream implements Iterable<Map<String, Object>> {
  private static final int BYTE_ORDER_MARK = 0xFEFF;
  private final Path path;
  private final CSVFormat format;
  private final boolean header;
  private final boolean skipEmpty;
  private final String unique;

  RowStream(Path path, CSVFormat format, boolean header, boolean skipEmpty, String unique) {
    this.skipEmpty = skipEmpty;
    this.unique = unique;
    this.path = path;
    this.format = format;
    this.header = header;
  }

  /** The file the rows come from. */
  public Path path() {
    return path;
  }

  @Override
  public RowIterator iterator() {
    try {
      BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
      reader.mark(1);
      if (reader.read() != BYTE_ORDER_MARK) {
        reader.reset();
      }
      return new RowIterator(
          reader, path.getFileName().toString(), format, header, skipEmpty, unique);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  @Override
  public String toString() {
    return "rows of " + path;
  }
}
