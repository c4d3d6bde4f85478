package dev.cprops.recipes.recipe;

import java.util.Objects;

/**
 * One thing wrong with a recipe, or with what it needs to run.
 *
 * @param location the place in the recipe, e.g. {@code steps[1] (upsert).input.match_by}
 * @param message what is wrong, in words a recipe author reads: the value and what was expected
 * @param kind what has to change to fix it
 */
public record Problem(Location location, String message, Kind kind) {

  /** What a problem is about, which decides who fixes it (and the exit code of a check). */
  public enum Kind {
    /** The recipe is wrong: fix the recipe file. */
    RECIPE,
    /** A connection is missing, incomplete or rejected: fix the connections or credentials. */
    CONNECTION,
    /** The server could not be reached or did not answer as expected. */
    SERVER
  }

  public Problem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(kind, "kind");
  }

  /** A problem with the recipe itself. */
  public Problem(Location location, String message) {
    this(location, message, Kind.RECIPE);
  }

  /** The location as text, e.g. {@code steps[1] (upsert).input.match_by}. */
  public String where() {
    return location.toString();
  }

  /**
   * {@code "steps[0].id is required"} for a message that reads on from where it is ({@code "is
   * ..."}), else {@code "steps[0].id: must be ..."}.
   */
  @Override
  public String toString() {
    return where() + (message.startsWith("is ") ? " " : ": ") + message;
  }
}
