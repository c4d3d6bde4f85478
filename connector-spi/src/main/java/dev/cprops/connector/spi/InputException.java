package dev.cprops.connector.spi;

/**
 * A value given to an action or trigger that cannot be used: names the field, the value and what
 * was expected. Never retried: the same input fails the same way.
 */
public class InputException extends ConnectorException {
  private final String field;
  private final String value;
  private final String expected;

  /**
   * @param field the field's name, e.g. {@code "meta.mrr"}
   * @param value the offending value as text ({@code null} when a required value was missing: the
   *     message then says the field is required)
   * @param expected what would have been accepted, e.g. {@code "a number such as 1200.50"}
   */
  public InputException(String field, String value, String expected) {
    super(message(field, value, expected));
    this.field = field;
    this.value = value;
    this.expected = expected;
  }

  private static String message(String field, String value, String expected) {
    if (value == null) {
      return field + " is required: expected " + expected;
    }
    return field + ": '" + value + "' is not valid; expected " + expected;
  }

  public String field() {
    return field;
  }

  public String value() {
    return value;
  }

  public String expected() {
    return expected;
  }
}
