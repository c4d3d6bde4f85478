package dev.cprops.recipes.pills;

/** A {@code {{...}}} that is not a valid data pill; the message says why. */
public class PillSyntaxException extends RuntimeException {
  public PillSyntaxException(String message) {
    super(message);
  }
}
