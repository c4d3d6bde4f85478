package dev.cprops.connector.internal.fields;

import dev.cprops.connector.client.PropertyType;

/**
 * A long text field ({@code textarea}): at most 10 000 characters, kept exactly as mapped (never
 * trimmed). Lenient mode also takes numbers and booleans as their text; strict mode takes only a
 * String. {@code ""} is the empty string. Immutable and thread-safe.
 */
public final class TextareaCodec extends TextCodec {
  public TextareaCodec(CoercionSettings settings) {
    super(PropertyType.TEXTAREA, settings, 10_000, false);
  }
}
