package dev.cprops.mock.values;

/**
 * What text the store refuses: control characters (C0, DEL and C1; in multi-line text, tab, line
 * feed and carriage return excepted) and unpaired surrogates, which cannot be written as UTF-8.
 */
public final class TextRules {
  private TextRules() {}

  /**
   * What makes {@code text} unstorable, e.g. "the control character U+0000 at position 3"; null
   * when it is fine.
   */
  public static String unstorable(String text, boolean multiLine) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
        return String.format("the control character U+%04X at position %d", (int) c, i);
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "an unpaired surrogate at position " + i;
      }
    }
    return null;
  }
}
