package dev.cprops.recipes.apps;

import dev.cprops.recipes.runner.KnownSize;
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
public final class RowStream implements Iterable<Map<String, Object>>, KnownSize {
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

  /**
   * The number of records in the file, by a quick scan that counts the line breaks outside quoted
   * cells (a quoted cell may span lines) and leaves out blank lines and the header; a file whose
   * quote is never closed is counted by its lines (as it is then read). -1 when the file cannot be
   * read (reading the rows says why).
   */
  @Override
  public long expectedSize() {
    Character quoteCharacter = format.getQuoteCharacter();
    int quote = quoteCharacter == null ? -1 : quoteCharacter;
    long records = 0;
    long lines = 0;
    boolean quoted = false;
    boolean content = false;
    boolean lineContent = false;
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      int c;
      while ((c = reader.read()) != -1) {
        if (c == '\n') {
          if (lineContent) {
            lines++;
          }
          lineContent = false;
          if (!quoted) {
            if (content) {
              records++;
            }
            content = false;
          }
        } else if (c != '\r' && c != BYTE_ORDER_MARK && !Character.isWhitespace(c)) {
          lineContent = true;
          content = true;
          if (c == quote) {
            quoted = !quoted;
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return -1;
    }
    if (lineContent) {
      lines++;
    }
    if (content && !quoted) {
      records++;
    }
    long count = quoted ? lines : records;
    return Math.max(0, header ? count - 1 : count);
  }

  @Override
  public String toString() {
    return "rows of " + path;
  }
}
