package dev.cprops.recipes.apps;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file one row at a time as maps keyed by the header (or {@code column_1}, {@code
 * column_2}, ... without one). A short row leaves its missing columns out; cells beyond the header
 * are keyed {@code column_<n>}; empty cells are left out when asked to. Closes the file when the
 * last row has been read.
 */
public final class RowIterator implements Iterator<Map<String, Object>>, Closeable {
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> columns = new ArrayList<>();
  private final boolean skipEmpty;
  private boolean closed;

  RowIterator(CSVParser parser, boolean header, boolean skipEmpty) {
    this.skipEmpty = skipEmpty;
    this.parser = parser;
    this.records = parser.iterator();
    if (header && records.hasNext()) {
      for (String name : records.next()) {
        columns.add(name.strip());
      }
    }
  }

  @Override
  public boolean hasNext() {
    if (closed) {
      return false;
    }
    boolean more;
    try {
      more = records.hasNext();
    } catch (UncheckedIOException e) {
      close();
      throw e;
    }
    if (!more) {
      close();
    }
    return more;
  }

  @Override
  public Map<String, Object> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CSVRecord record = records.next();
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String name = i < columns.size() ? columns.get(i) : "column_" + (i + 1);
      String value = record.get(i);
      if (!(skipEmpty && value.isEmpty())) {
        row.put(name, value);
      }
    }
    return row;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        parser.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
