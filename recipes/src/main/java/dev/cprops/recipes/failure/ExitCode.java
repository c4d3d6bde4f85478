package dev.cprops.recipes.failure;

/**
 * The exit codes of the {@code recipe} command, one table for {@code run}, {@code exec}, {@code
 * validate} and {@code describe}; RECIPES.md and {@code recipe --help} show it.
 */
public enum ExitCode {
  OK(0, "ok: everything worked (validate: no problem found)"),
  RECORDS_FAILED(
      1,
      "records failed: some records or steps failed, or a step with on_error stop stopped the"
          + " run; exec: the action failed, or a batch action reported failed records"),
  USAGE(
      2,
      "usage: the command line, --input, or a file it names is wrong (missing, unreadable, not"
          + " JSON), or the --listen port is in use"),
  CONNECTION(
      3, "connection missing, incomplete or rejected (a field, a secret, or wrong credentials)"),
  RECIPE_INVALID(4, "recipe invalid: validate found problems, or a pill points nowhere"),
  SERVER_UNREACHABLE(
      5, "server unreachable: connection refused, unknown host, TLS failure or no answer in time"),
  STATE(6, "the state directory cannot be read or written"),
  INTERNAL(70, "internal error (a bug): run again with --verbose and report the stack trace"),
  INTERRUPTED(130, "interrupted by Ctrl-C (SIGINT): the summary says what the next run redoes"),
  TERMINATED(143, "ended by SIGTERM, likewise");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The process exit status. */
  public int code() {
    return code;
  }

  /** What it means, as {@code recipe --help} and RECIPES.md say it. */
  public String meaning() {
    return meaning;
  }
}
