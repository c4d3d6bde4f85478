package dev.cprops.mock.values;

import static dev.cprops.mock.errors.ErrorCode.INVALID_BOOLEAN;

/**
 * The {@code checkbox} type: a JSON boolean, or exactly the string {@code "true"} or {@code
 * "false"} (lower case, untrimmed), stored as a {@link Boolean}.
 */
final class Checkboxes {
  static final String EXPECTED = "true or false, or the string \"true\" or \"false\"";

  private Checkboxes() {}

  static Boolean canonicalize(Object raw) {
    if (raw instanceof Boolean b) {
      return b;
    }
    String text = JsonKinds.requireString(raw, EXPECTED);
    return switch (text) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default ->
          throw new InvalidValueException(
              INVALID_BOOLEAN, ValueFormat.quote(text) + " is not a boolean: expected " + EXPECTED);
    };
  }
}
