package dev.cprops.recipes.cli;

import dev.cprops.recipes.failure.ExitCode;

/**
 * The exit codes of {@link ExitCode} as the numbers a picocli command returns; the table itself,
 * with what each code means, is {@link ExitCode}.
 */
public final class ExitCodes {
  public static final int OK = ExitCode.OK.code();
  public static final int FAILURES = ExitCode.RECORDS_FAILED.code();
  public static final int USAGE = ExitCode.USAGE.code();
  public static final int CONNECTION = ExitCode.CONNECTION.code();
  public static final int RECIPE_INVALID = ExitCode.RECIPE_INVALID.code();
  public static final int SERVER_UNREACHABLE = ExitCode.SERVER_UNREACHABLE.code();
  public static final int STATE = ExitCode.STATE.code();
  public static final int INTERNAL = ExitCode.INTERNAL.code();
  public static final int INTERRUPTED = ExitCode.INTERRUPTED.code();

  private ExitCodes() {}

  /** The table for picocli's "Exit codes:" section of a command's help. */
  static java.util.Map<String, String> helpList() {
    java.util.Map<String, String> list = new java.util.LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) {
      list.put(Integer.toString(code.code()), code.meaning());
    }
    return list;
  }
}
