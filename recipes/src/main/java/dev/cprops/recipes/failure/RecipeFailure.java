package dev.cprops.recipes.failure;

/**
 * The root of the errors the recipe runner reports to a user: its message is one line saying what
 * happened and what to do, and it carries the exit code the {@code recipe} command ends with.
 * Messages never hold a secret.
 */
public abstract class RecipeFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ExitCode exitCode;

  protected RecipeFailure(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  protected RecipeFailure(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** The exit code of a command that ends with this error. */
  public ExitCode exitCode() {
    return exitCode;
  }
}
