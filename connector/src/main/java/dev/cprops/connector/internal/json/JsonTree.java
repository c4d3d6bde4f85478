package dev.cprops.connector.internal.json;

import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.Json;
import dev.cprops.connector.spi.JsonFormatException;

/**
 * The API's JSON bodies as plain Java values, through the SPI's {@link Json}: numbers as exact
 * {@code BigDecimal}s, {@code null} map values written (they clear a value). A body that is not
 * JSON is a {@link ConnectorException}, so callers stay within the SPI's error hierarchy.
 */
public final class JsonTree {
  private JsonTree() {}

  /**
   * Parses a whole document.
   *
   * @throws ConnectorException naming the line, column and JSON path when the bytes are not JSON
   */
  public static Object parse(byte[] json) {
    try {
      return Json.parse(json);
    } catch (JsonFormatException e) {
      throw new ConnectorException("The response is not valid JSON: " + e.getMessage(), e);
    }
  }

  /** Writes a value as compact UTF-8 JSON. */
  public static byte[] write(Object value) {
    return Json.bytes(value);
  }
}
