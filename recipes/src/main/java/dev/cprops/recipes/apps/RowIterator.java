package dev.cprops.recipes.apps;

import dev.cprops.connector.spi.InputException;
import dev.cprops.recipes.runner.UnreadableRecordException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file one row at a time as maps keyed by the header (or {@code column_1}, {@code
 * column_2}, ... without one), and goes on past a bad row: a row it cannot read is thrown as an
 * {@link UnreadableRecordException} naming the file, line and column, and the next call reads the
 * next row. Bad rows are: a quote that is never closed (the rows after it are read again as rows of
 * their own), text after a closing quote, a row with more or fewer cells than the header, and a
 * repeated value in the {@code unique} column. Empty cells are left out when asked to. Closes the
 * file when the last row has been read.
 *
 * <p>A quoted cell may span lines; it is taken to be unclosed when joining the next lines would
 * give the row more cells than the header (or would run past {@value #MAX_JOINED_LINES} lines).
 */
public final class RowIterator implements Iterator<Map<String, Object>>, Closeable {
  static final int MAX_JOINED_LINES = 1000;

  private final BufferedReader reader;
  private final String file;
  private final CSVFormat format;
  private final char delimiter;
  private final List<String> columns = new ArrayList<>();
  private final boolean skipEmpty;
  private final String unique;
  private final Map<String, Long> seen = new HashMap<>();
  private final Deque<Line> pending = new ArrayDeque<>();
  private long lineNumber;
  private boolean closed;
  private Object next;

  private record Line(long number, String text) {}

  /** A logical record: its text (lines joined) and the line it starts on. */
  private record Text(long line, String text) {}

  RowIterator(
      BufferedReader reader,
      String file,
      CSVFormat format,
      boolean header,
      boolean skipEmpty,
      String unique) {
    this.reader = reader;
    this.file = file;
    this.format = format;
    this.delimiter = format.getDelimiterString().charAt(0);
    this.skipEmpty = skipEmpty;
    this.unique = unique;
    if (header) {
      Text text = nextText();
      if (text != null) {
        for (String name : cells(text)) {
          columns.add(name.strip());
        }
      }
      if (unique != null && !columns.contains(unique)) {
        close();
        throw new InputException(
            "unique", unique, "a column of " + file + "'s header " + String.join(", ", columns));
      }
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !closed) {
      next = read();
      if (next == null) {
        close();
      }
    }
    return next != null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, Object> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Object row = next;
    next = null;
    if (row instanceof UnreadableRecordException bad) {
      throw bad;
    }
    return (Map<String, Object>) row;
  }

  /** The next row, an {@link UnreadableRecordException} for a bad one, or null at the end. */
  private Object read() {
    Text text;
    try {
      text = nextText();
    } catch (UnreadableRecordException e) {
      return e;
    }
    if (text == null) {
      return null;
    }
    List<String> cells;
    try {
      cells = cells(text);
    } catch (UnreadableRecordException e) {
      return e;
    }
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String name = i < columns.size() ? columns.get(i) : "column_" + (i + 1);
      String value = cells.get(i);
      if (!(skipEmpty && value.isEmpty())) {
        row.put(name, value);
      }
    }
    if (!columns.isEmpty() && cells.size() != columns.size()) {
      return new UnreadableRecordException(
          where(text.line())
              + ": "
              + cells.size()
              + (cells.size() == 1 ? " cell" : " cells")
              + " where the header has "
              + columns.size()
              + " (a ragged row: "
              + (cells.size() > columns.size() ? "an unquoted delimiter?" : "cells missing?")
              + ")",
          row);
    }
    if (unique != null && row.get(unique) instanceof String key && !key.isEmpty()) {
      Long first = seen.putIfAbsent(key, text.line());
      if (first != null) {
        return new UnreadableRecordException(
            where(text.line())
                + ": duplicate "
                + unique
                + " '"
                + key
                + "' (first on line "
                + first
                + "); the row is left out",
            row);
      }
    }
    return row;
  }

  private String where(long line) {
    return file + " line " + line;
  }

  /** The next logical record, joining lines while a quoted cell is open; null at the end. */
  private Text nextText() {
    Line first = nextLine();
    while (first != null && first.text().isBlank()) {
      first = nextLine();
    }
    if (first == null) {
      return null;
    }
    Scan scan = scan(first.text(), new Scan());
    if (scan.error != null) {
      throw new UnreadableRecordException(
          where(first.number()) + ", column " + scan.errorColumn + ": " + scan.error, first.text());
    }
    if (!scan.inQuotes) {
      return new Text(first.number(), first.text());
    }
    long openedAt = scan.quoteColumn;
    List<Line> joined = new ArrayList<>();
    StringBuilder text = new StringBuilder(first.text());
    while (scan.inQuotes) {
      Line line = nextLine();
      boolean tooMany =
          line == null
              || joined.size() >= MAX_JOINED_LINES
              || !columns.isEmpty() && scan.cells > columns.size();
      if (!tooMany) {
        joined.add(line);
        text.append('\n').append(line.text());
        scan = scan("\n" + line.text(), scan);
        tooMany = scan.error != null || !columns.isEmpty() && scan.cells > columns.size();
      } else if (line != null) {
        pending.addFirst(line);
      }
      if (tooMany) {
        for (int i = joined.size() - 1; i >= 0; i--) {
          pending.addFirst(joined.get(i));
        }
        throw new UnreadableRecordException(
            where(first.number())
                + ", column "
                + openedAt
                + ": the quote opened here is never closed",
            first.text());
      }
    }
    return new Text(first.number(), text.toString());
  }

  /** Where a scan of a record's text stands. */
  private static final class Scan {
    boolean inQuotes;
    boolean afterClosingQuote;
    boolean atCellStart = true;
    int cells = 1;
    int column;
    long quoteColumn;
    String error;
    int errorColumn;
  }

  /** Scans more text of a record: quotes, cells, and text after a closing quote. */
  private Scan scan(String text, Scan scan) {
    for (int i = 0; i < text.length() && scan.error == null; i++) {
      char c = text.charAt(i);
      scan.column = c == '\n' ? 0 : scan.column + 1;
      if (scan.inQuotes) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            i++;
            scan.column++;
          } else {
            scan.inQuotes = false;
            scan.afterClosingQuote = true;
          }
        }
      } else if (c == delimiter) {
        scan.cells++;
        scan.atCellStart = true;
        scan.afterClosingQuote = false;
      } else if (scan.afterClosingQuote && !Character.isWhitespace(c)) {
        scan.error =
            "text after the closing quote of a cell (quote the whole cell, and double quotes inside it)";
        scan.errorColumn = scan.column;
      } else if (c == '"' && scan.atCellStart) {
        scan.inQuotes = true;
        scan.quoteColumn = scan.column;
        scan.atCellStart = false;
      } else if (!(c == ' ' && scan.atCellStart && format.getTrim())) {
        scan.atCellStart = false;
      }
    }
    return scan;
  }

  private List<String> cells(Text text) {
    if (text.text().indexOf('"') < 0) {
      List<String> cells = new ArrayList<>();
      int start = 0;
      String line = text.text();
      for (int i = 0; i <= line.length(); i++) {
        if (i == line.length() || line.charAt(i) == delimiter) {
          String cell = line.substring(start, i);
          cells.add(format.getTrim() ? cell.strip() : cell);
          start = i + 1;
        }
      }
      return cells;
    }
    try (CSVParser parser = format.parse(new java.io.StringReader(text.text()))) {
      List<CSVRecord> records = parser.getRecords();
      List<String> cells = new ArrayList<>();
      if (!records.isEmpty()) {
        records.get(0).forEach(cells::add);
      }
      return cells;
    } catch (IOException | RuntimeException e) {
      throw new UnreadableRecordException(where(text.line()) + ": " + e.getMessage(), text.text());
    }
  }

  private Line nextLine() {
    if (!pending.isEmpty()) {
      return pending.pollFirst();
    }
    if (closed) {
      return null;
    }
    try {
      String text = reader.readLine();
      if (text == null) {
        return null;
      }
      lineNumber++;
      return new Line(lineNumber, text);
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        reader.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
