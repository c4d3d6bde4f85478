package dev.cprops.connector.internal.actions;

import java.util.List;

/**
 * The totals of a batch run.
 *
 * @param total records read
 * @param created customers created
 * @param updated customers changed
 * @param unchanged customers that already held every value (not written)
 * @param failed records that could not be written
 * @param unmappedColumns columns that matched no field or property (the first 50)
 */
public record BatchSummary(
    int total, int created, int updated, int unchanged, int failed, List<String> unmappedColumns) {
  public BatchSummary {
    unmappedColumns = List.copyOf(unmappedColumns);
  }
}
