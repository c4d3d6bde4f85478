package dev.cprops.mock.values;

import static dev.cprops.mock.errors.ErrorCode.INVALID_TEXT;
import static dev.cprops.mock.errors.ErrorCode.TOO_LONG;

/**
 * The free-text types ({@code input}, {@code textarea}, {@code region}): a string stored exactly as
 * sent, surrounding whitespace included, whose length is counted in Unicode code points (an emoji
 * counts once). A NUL character or an unpaired surrogate cannot be stored as UTF-8 text and is an
 * {@code invalid_text} error.
 */
final class FreeText {

  private final int maxCodePoints;
  private final String expected;

  private FreeText(int maxCodePoints, String expected) {
    this.maxCodePoints = maxCodePoints;
    this.expected = expected;
  }

  static final FreeText INPUT = new FreeText(255, "a string of at most 255 characters");
  static final FreeText TEXTAREA = new FreeText(10_000, "a string of at most 10000 characters");
  static final FreeText REGION =
      new FreeText(255, "a string of at most 255 characters (a state, province or city)");

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
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\0') {
        throw unstorable(text, "a NUL character");
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw unstorable(text, "an unpaired surrogate");
      }
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
            + " of valid Unicode text");
  }
}
