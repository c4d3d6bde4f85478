package dev.cprops.recipes.runner;

import dev.cprops.recipes.failure.ExitCode;
import dev.cprops.recipes.failure.RecipeFailure;

/**
 * Thrown by a loop's source (a CSV file's rows) for one element it could not read, after which it
 * can go on with the next. The loop treats it as that element failing, under its step's {@code
 * on_error}.
 */
public class UnreadableRecordException extends RecipeFailure {
  private static final long serialVersionUID = 1L;
  private final transient Object record;

  /**
   * @param message where and why, e.g. {@code "customers.csv line 7, column 12: ..."}
   * @param record what was read of the element (the raw line), for the failed-records file
   */
  public UnreadableRecordException(String message, Object record) {
    super(ExitCode.RECORDS_FAILED, message);
    this.record = record;
  }

  /** What was read of the element. */
  public Object record() {
    return record;
  }
}
