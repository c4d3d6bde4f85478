package dev.cprops.connector.internal.actions;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The records of a batch input list, one at a time; an item that is not an object is handed on as
 * an empty record, so that it fails alone (it matches nothing) instead of stopping the batch.
 */
final class RecordIterator implements Iterator<Map<String, ?>> {
  private final List<?> records;
  private int next;

  RecordIterator(List<?> records) {
    this.records = records;
  }

  @Override
  public boolean hasNext() {
    return next < records.size();
  }

  @Override
  public Map<String, ?> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Object item = records.get(next++);
    if (item instanceof Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      Map<String, ?> record = (Map<String, ?>) map;
      return record;
    }
    return Map.of();
  }
}
