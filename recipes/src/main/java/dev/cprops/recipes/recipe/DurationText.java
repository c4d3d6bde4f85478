package dev.cprops.recipes.recipe;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads short durations as recipes write them: {@code "30s"}, {@code "5m"}, {@code "1h"}, {@code
 * "1d"}.
 */
public final class DurationText {
  private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(s|m|h|d)");

  private DurationText() {}

  /**
   * Parses a positive duration.
   *
   * @throws IllegalArgumentException with a message naming the expected form
   */
  public static Duration parse(String text) {
    Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
    if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a duration; expected a positive number and a unit, such as 30s, 5m, 1h or 1d");
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2)) {
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    };
  }
}
