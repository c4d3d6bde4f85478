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

  /**
   * The run was interrupted by Ctrl-C (SIGINT). A run ended by SIGTERM exits 143: both are the
   * shell's 128 + signal number, set by the JVM once the run has saved its state and printed its
   * summary.
   */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
