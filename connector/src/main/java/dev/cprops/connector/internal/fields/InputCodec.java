package dev.cprops.connector.internal.fields;

import dev.cprops.connector.client.PropertyType;

/**
 * A small text field ({@code input}): at most 255 characters; lenient mode trims it. Lenient mode
 * also takes numbers and booleans as their text; strict mode takes only a String. {@code ""} is the
 * empty string. Immutable and thread-safe.
 */
public final class InputCodec extends TextCodec {
  public InputCodec(CoercionSettings settings) {
    super(PropertyType.INPUT, settings, 255, true);
  }
}
