package dev.cprops.connector.internal.fields;

import dev.cprops.connector.client.PropertyOption;
import dev.cprops.connector.client.PropertyType;
import dev.cprops.connector.spi.Inputs;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A choice among the property's options ({@code dropdown}); the API stores and returns the option
 * {@code value}.
 *
 * <p>Lenient: an option value or label, ignoring case and surrounding spaces (a value wins over
 * another option's equal label); numbers and booleans are matched as their text; a blank clears.
 * Strict: what the API itself accepts, an exact option value or a label in any case. The wire value
 * and the datapill are the option value. Immutable and thread-safe.
 */
public final class DropdownCodec extends ScalarCodec {
  private static final int OPTIONS_SHOWN = 10;

  private final Map<String, String> byValue = new HashMap<>();
  private final Map<String, String> byFoldedValue = new HashMap<>();
  private final Map<String, String> byFoldedLabel = new HashMap<>();
  private final String expected;

  /**
   * @param options the property's options (non-empty for a real dropdown)
   */
  public DropdownCodec(CoercionSettings settings, List<PropertyOption> options) {
    super(PropertyType.DROPDOWN, settings);
    StringJoiner shown = new StringJoiner(", ");
    int count = 0;
    for (PropertyOption option : options) {
      byValue.putIfAbsent(option.value(), option.value());
      byFoldedValue.putIfAbsent(fold(option.value()), option.value());
      byFoldedLabel.putIfAbsent(fold(option.label()), option.value());
      if (count++ < OPTIONS_SHOWN) {
        shown.add(
            option.label().equals(option.value())
                ? option.value()
                : option.value() + " (" + option.label() + ")");
      }
    }
    String more = count > OPTIONS_SHOWN ? " and " + (count - OPTIONS_SHOWN) + " more" : "";
    this.expected =
        options.isEmpty() ? "an option, but this dropdown has none" : "one of " + shown + more;
  }

  @Override
  public String expected() {
    return expected;
  }

  @Override
  Object coerce(String field, Object mapped) {
    String text;
    if (mapped instanceof String s) {
      text = s;
    } else if (lenient && !CodecText.structured(mapped)) {
      text = CodecText.scalarText(mapped);
    } else {
      throw Inputs.invalid(field, mapped, expected);
    }
    String value = byValue.get(text);
    if (value != null) {
      return value;
    }
    if (lenient) {
      String trimmed = CodecText.trim(text);
      String folded = fold(trimmed);
      value = byFoldedValue.get(folded);
      if (value == null) {
        value = byFoldedLabel.get(folded);
      }
      if (value != null) {
        return value;
      }
    } else {
      value = byFoldedLabel.get(fold(text));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  @Override
  public Object fromApi(Object apiValue) {
    return apiValue == null ? null : apiValue.toString();
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
