package dev.cprops.connector.internal.fields;

import dev.cprops.connector.client.PropertyType;

/**
 * A state, province or city ({@code region}): at most 255 characters; lenient mode trims it.
 * Lenient mode also takes numbers and booleans as their text; strict mode takes only a String.
 * {@code ""} is the empty string. Immutable and thread-safe.
 */
public final class RegionCodec extends TextCodec {
  public RegionCodec(CoercionSettings settings) {
    super(PropertyType.REGION, settings, 255, true);
  }
}
