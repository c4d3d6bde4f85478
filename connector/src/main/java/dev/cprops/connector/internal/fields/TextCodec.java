package dev.cprops.connector.internal.fields;

import dev.cprops.connector.client.PropertyType;
import dev.cprops.connector.spi.Inputs;

/**
 * The shared rules of the free-text types. Lenient: any scalar (String, Number, Boolean, ...) as
 * text, trimmed if the type trims; strict: only a String, as is. Structures (maps, lists, arrays)
 * are always rejected; text over the type's maximum length is rejected, never truncated. {@code ""}
 * is the empty string, not a clear.
 */
abstract class TextCodec implements ValueCodec {
  private final PropertyType type;
  private final CoercionMode mode;
  private final int maxLength;
  private final boolean trims;
  private final String expected;

  TextCodec(PropertyType type, CoercionSettings settings, int maxLength, boolean trims) {
    this.type = type;
    this.mode = settings.mode();
    this.maxLength = maxLength;
    this.trims = trims;
    this.expected = "text of at most " + maxLength + " characters";
  }

  @Override
  public PropertyType type() {
    return type;
  }

  @Override
  public String expected() {
    return expected;
  }

  @Override
  public Object toApi(String field, Object mapped) {
    if (mapped == null) {
      return null;
    }
    String text;
    if (mapped instanceof String s) {
      text = mode == CoercionMode.LENIENT && trims ? CodecText.trim(s) : s;
    } else if (mode == CoercionMode.LENIENT && !CodecText.structured(mapped)) {
      String s = CodecText.scalarText(mapped);
      text = trims ? CodecText.trim(s) : s;
    } else {
      throw Inputs.invalid(field, mapped, expected);
    }
    if (text.length() > maxLength) {
      throw Inputs.invalid(field, mapped, expected);
    }
    return text;
  }

  @Override
  public Object fromApi(Object apiValue) {
    return apiValue == null ? null : apiValue.toString();
  }
}
