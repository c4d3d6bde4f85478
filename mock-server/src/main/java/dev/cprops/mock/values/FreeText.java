package dev.cprops.mock.values;

import static dev.cprops.mock.errors.ErrorCode.INVALID_TEXT;
import static dev.cprops.mock.errors.ErrorCode.TOO_LONG;

/**
 * The free-text types ({@code input}, {@code textarea}, {@code region}): a string stored exactly as
 * sent, surrounding whitespace included, whose length is counted in Unicode code points (an emoji
 * counts once). A control character (NUL included; in a textarea, tab and line breaks excepted) or
 * an unpaired surrogate is an {@code invalid_text} error.
 */
final class FreeText {

  private final int maxCodePoints;
  private final String expected;
  private final boolean multiLine;

  private FreeText(int maxCodePoints, String expected, boolean multiLine) {
    this.maxCodePoints = maxCodePoints;
    this.expected = expected;
    this.multiLine = multiLine;
  }

  static final FreeText INPUT = new FreeText(255, "a string of at most 255 characters", false);
  static final FreeText TEXTAREA =
      new FreeText(10_000, "a string of at most 10000 characters", true);
  static final FreeText REGION =
      new FreeText(255, "a string of at most 255 characters (a state, province or city)", false);

  String canonicalize(Object raw) {
    String text = JsonKinds.requireString(raw, expected);
    int length = text.codePointCount(0, text.length());
    if (length > maxCodePoints) {
      throw new InvalidValueException(
          TOO_LONG,
          ValueFormat.quote(text)
              + " is too long ("
              + length
              + " characters): expected "
              + expected);
    }
    checkStorable(text);
    return text;
  }

  private void checkStorable(String text) {
    String unstorable = TextRules.unstorable(text, multiLine);
    if (unstorable != null) {
      throw unstorable(text, unstorable);
    }
  }

  private InvalidValueException unstorable(String text, String what) {
    return new InvalidValueException(
        INVALID_TEXT,
        ValueFormat.quote(text)
            + " contains "
            + what
            + ": expected "
            + expected
            + (multiLine
                ? ", without control characters other than tab and line breaks"
                : ", on one line, without control characters"));
  }
}
