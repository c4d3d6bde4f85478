package dev.cprops.mock.values;

import static dev.cprops.mock.errors.ErrorCode.INVALID_OPTION;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code dropdown} type: an option's value (exact), or else an option's label compared
 * case-insensitively, stored as the option's value. No trimming.
 */
final class DropdownChoices {
  private static final int MAX_OPTIONS_LISTED = 10;

  private DropdownChoices() {}

  static String canonicalize(List<DropdownOption> options, Object raw) {
    String text = JsonKinds.requireString(raw, expected(options));
    for (DropdownOption option : options) {
      if (option.value().equals(text)) {
        return option.value();
      }
    }
    for (DropdownOption option : options) {
      if (option.label().equalsIgnoreCase(text)) {
        return option.value();
      }
    }
    throw new InvalidValueException(
        INVALID_OPTION,
        ValueFormat.quote(text) + " is not an option: expected " + expected(options));
  }

  private static String expected(List<DropdownOption> options) {
    if (options.isEmpty()) {
      return "an option value or label, but the property has no options";
    }
    String listed =
        options.stream()
            .limit(MAX_OPTIONS_LISTED)
            .map(o -> o.value() + " (" + o.label() + ")")
            .collect(Collectors.joining(", "));
    return "an option value or label: "
        + listed
        + (options.size() > MAX_OPTIONS_LISTED ? ", …" : "");
  }
}
