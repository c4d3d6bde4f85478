package dev.cprops.recipes.recipe;

/** What the runner does when a step fails (for a loop: when one item fails). */
public enum ErrorPolicy {
  /** Stop the run; the trigger's cursor is not saved, so the event is delivered again. */
  STOP("stop"),
  /** Count the failure and go on with the next item, or the next step. */
  CONTINUE("continue"),
  /** Count the failure and skip the rest of this event's steps. */
  SKIP("skip");

  private final String wireName;

  ErrorPolicy(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in recipe files. */
  public String wireName() {
    return wireName;
  }
}
