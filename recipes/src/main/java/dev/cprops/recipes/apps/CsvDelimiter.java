package dev.cprops.recipes.apps;

import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Inputs;
import java.util.Map;

/** The {@code delimiter} input of the CSV actions: one character, {@code tab} or {@code \t}. */
final class CsvDelimiter {
  private CsvDelimiter() {}

  /** Read as given, not trimmed: a tab character is a delimiter, not blank space. */
  static char of(Map<String, Object> input) {
    Object value = input.get("delimiter");
    String text = value == null ? "," : Inputs.text(value);
    if (text.isEmpty()) {
      return ',';
    }
    if (text.equals("\\t") || text.equalsIgnoreCase("tab")) {
      return '\t';
    }
    if (text.length() != 1) {
      throw new InputException("delimiter", text, "one character, such as , or ; or tab");
    }
    return text.charAt(0);
  }
}
