package dev.cprops.recipes.cli;

/** The exit codes of the {@code recipe} command. */
public final class ExitCodes {
  /** Everything worked. */
  public static final int OK = 0;

  /** The run finished with failures, or stopped on one; or an action or poll failed. */
  public static final int FAILURES = 1;

  /** The command line, a recipe or an input is wrong (including validation problems). */
  public static final int USAGE = 2;

  /** A connection is missing or incomplete, or its credentials were rejected. */
  public static final int CONNECTION = 3;

  private ExitCodes() {}
}
