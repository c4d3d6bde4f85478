package dev.cprops.connector.spi;

/**
 * Text that is not JSON, or not the JSON shape that was expected. The message starts with where:
 * {@code "line 3, column 14 ($.meta.mrr): ..."}.
 */
public class JsonFormatException extends IllegalArgumentException {
  private final int line;
  private final int column;
  private final String path;

  public JsonFormatException(String reason, int line, int column, String path) {
    super("line " + line + ", column " + column + " (" + path + "): " + reason);
    this.line = line;
    this.column = column;
    this.path = path;
  }

  /** The line of the problem, from 1. */
  public int line() {
    return line;
  }

  /** The column of the problem on its line, from 1. */
  public int column() {
    return column;
  }

  /** The JSON path of the value being read, e.g. {@code $.steps[2].input}. */
  public String path() {
    return path;
  }
}
