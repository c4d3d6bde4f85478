package dev.cprops.mock.json;

import java.util.Optional;

/**
 * Finds the first syntax error in JSON text (already checked to be UTF-8) and says where it is, by
 * line and column, so a 400 answer can point at it. Moshi reads ahead and reports no position; this
 * strict scanner only runs once Moshi has rejected a body.
 */
final class SyntaxErrorLocator {
  /** Where and what: {@code "line 3, column 8: expected a value, found 'x'"}. */
  record SyntaxError(int line, int column, String reason) {
    @Override
    public String toString() {
      return "line " + line + ", column " + column + ": " + reason;
    }
  }

  private static final class Found extends Exception {
    private static final long serialVersionUID = 1L;
    final int at;

    Found(int at, String reason) {
      super(reason, null, false, false);
      this.at = at;
    }
  }

  private final byte[] json;
  private int pos;

  private SyntaxErrorLocator(byte[] json) {
    this.json = json;
  }

  /** The first syntax error, or empty when the text is well-formed JSON. */
  static Optional<SyntaxError> locate(byte[] json) {
    SyntaxErrorLocator locator = new SyntaxErrorLocator(json);
    try {
      locator.value();
      locator.skipSpace();
      if (locator.pos < json.length) {
        throw locator.error("unexpected content after the value");
      }
      return Optional.empty();
    } catch (Found found) {
      return Optional.of(position(json, found.at, found.getMessage()));
    }
  }

  private static SyntaxError position(byte[] json, int at, String reason) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(at, json.length); i++) {
      int b = json[i] & 0xff;
      if (b == '\n') {
        line++;
        column = 1;
      } else if ((b & 0xc0) != 0x80) {
        column++;
      }
    }
    return new SyntaxError(line, column, reason);
  }

  private void value() throws Found {
    skipSpace();
    if (pos >= json.length) {
      throw error("the JSON ends too early: expected a value");
    }
    switch (json[pos]) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> {
        if (json[pos] == '-' || (json[pos] >= '0' && json[pos] <= '9')) {
          number();
        } else {
          throw error("expected a value, found " + found());
        }
      }
    }
  }

  private void object() throws Found {
    pos++;
    skipSpace();
    if (peek() == '}') {
      pos++;
      return;
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("expected a key in double quotes, found " + found());
      }
      string();
      skipSpace();
      if (peek() != ':') {
        throw error("expected ':' after the key, found " + found());
      }
      pos++;
      value();
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else if (peek() == '}') {
        pos++;
        return;
      } else {
        throw error("expected ',' or '}', found " + found());
      }
    }
  }

  private void array() throws Found {
    pos++;
    skipSpace();
    if (peek() == ']') {
      pos++;
      return;
    }
    while (true) {
      value();
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else if (peek() == ']') {
        pos++;
        return;
      } else {
        throw error("expected ',' or ']', found " + found());
      }
    }
  }

  private void string() throws Found {
    int start = pos;
    pos++;
    while (pos < json.length) {
      byte b = json[pos];
      if (b == '"') {
        pos++;
        return;
      }
      if (b == '\\') {
        pos++;
        if (pos >= json.length) {
          break;
        }
        if (json[pos] == 'u') {
          for (int k = 1; k <= 4; k++) {
            if (pos + k >= json.length || Character.digit(json[pos + k], 16) < 0) {
              throw error("invalid \\u escape: expected four hex digits");
            }
          }
          pos += 4;
        } else if ("\"\\/bfnrt".indexOf(json[pos]) < 0) {
          throw error("invalid escape \\" + (char) json[pos]);
        }
      }
      pos++;
    }
    pos = start;
    throw error("the string that starts here is not closed with '\"'");
  }

  private void number() throws Found {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (digits() == 0) {
      pos = start;
      throw error("invalid number");
    }
    if (peek() == '.') {
      pos++;
      if (digits() == 0) {
        throw error("expected a digit after the decimal point");
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (digits() == 0) {
        throw error("expected a digit in the exponent");
      }
    }
  }

  private int digits() {
    int start = pos;
    while (peek() >= '0' && peek() <= '9') {
      pos++;
    }
    return pos - start;
  }

  private void literal(String word) throws Found {
    for (int i = 0; i < word.length(); i++) {
      if (pos + i >= json.length || json[pos + i] != word.charAt(i)) {
        throw error("expected a value, found " + found());
      }
    }
    pos += word.length();
  }

  private void skipSpace() {
    while (pos < json.length
        && (json[pos] == ' ' || json[pos] == '\t' || json[pos] == '\n' || json[pos] == '\r')) {
      pos++;
    }
  }

  private int peek() {
    return pos < json.length ? json[pos] : -1;
  }

  private String found() {
    if (pos >= json.length) {
      return "the end of the JSON";
    }
    int b = json[pos] & 0xff;
    if (b < 0x80) {
      return b < 0x20 ? String.format("character U+%04X", b) : "'" + (char) b + "'";
    }
    int length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return "'"
        + new String(
            json, pos, Math.min(length, json.length - pos), java.nio.charset.StandardCharsets.UTF_8)
        + "'";
  }

  private Found error(String reason) {
    return new Found(pos, reason);
  }
}
