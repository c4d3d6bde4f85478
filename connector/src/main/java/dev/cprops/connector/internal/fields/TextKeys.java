package dev.cprops.connector.internal.fields;

import java.text.Normalizer;

/**
 * Folds text into a lookup key that ignores case, accents, spaces and punctuation: {@code "Côte
 * d’Ivoire"} and {@code "cote divoire"} both become {@code "cotedivoire"}; {@code "&"} reads as
 * {@code "and"}. Used for country names and for matching record keys to properties.
 */
final class TextKeys {
  private TextKeys() {}

  static String fold(String text) {
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return foldUnicode(text);
      }
    }
    // ASCII only: a single pass, no allocation when the text is already a key.
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (keep && out == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n + 2).append(text, 0, i);
      }
      if (keep) {
        out.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        out.append((char) (c + 32));
      } else if (c == '&') {
        out.append("and");
      }
    }
    return out == null ? text : out.toString();
  }

  private static String foldUnicode(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      } else if (c == '&') {
        out.append("and");
      }
    }
    return out.toString();
  }
}
