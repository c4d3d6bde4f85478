package dev.cprops.connector.internal.fields;

import dev.cprops.connector.spi.ConnectorException;

/**
 * The API returned a value that its property type never holds (e.g. {@code "soon"} for a date): a
 * contract breach by the server, not an input error. Not retryable.
 */
public final class UnexpectedApiValueException extends ConnectorException {
  public UnexpectedApiValueException(String type, Object value) {
    super("the API returned " + CodecText.shown(value) + " for a " + type + " property");
  }
}
