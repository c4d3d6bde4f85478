package dev.cprops.recipes.pills;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and parses data pills in strings.
 *
 * <p>A pill is {@code {{root.path}}} where root is {@code trigger}, {@code steps.<id>}, {@code
 * item} or {@code recipe}, and the path is a sequence of {@code .key}, {@code .0} or {@code [0]}
 * (list index) and {@code ["any key"]}; a trailing {@code ?} makes the pill optional. Spaces inside
 * the braces are ignored.
 */
public final class PillParser {
  private static final Pattern PILL = Pattern.compile("\\{\\{(.*?)}}");
  private static final Pattern NAME = Pattern.compile("[^.\\[\\]{}\\s?\"']+");

  private PillParser() {}

  /**
   * Every pill in the text, in order.
   *
   * @throws PillSyntaxException for the first malformed pill
   */
  public static List<Pill> findAll(String text) {
    List<Pill> pills = new ArrayList<>();
    Matcher matcher = PILL.matcher(text);
    while (matcher.find()) {
      pills.add(parse(matcher.group()));
    }
    return pills;
  }

  /** Whether the text holds at least one {@code {{...}}}. */
  public static boolean containsPill(String text) {
    return PILL.matcher(text).find();
  }

  /**
   * The pill, when the text is exactly one pill and nothing else (so its value keeps its type);
   * otherwise {@code null}.
   */
  public static Pill whole(String text) {
    Matcher matcher = PILL.matcher(text);
    if (matcher.matches() && !matcher.group(1).contains("{{")) {
      return parse(text);
    }
    return null;
  }

  /**
   * Parses one pill written with its braces.
   *
   * @throws PillSyntaxException if it is malformed
   */
  public static Pill parse(String text) {
    String body = text.substring(2, text.length() - 2).strip();
    boolean optional = body.endsWith("?");
    if (optional) {
      body = body.substring(0, body.length() - 1).strip();
    }
    List<Object> segments = new PathScanner(text, body).scan();
    if (segments.isEmpty() || !(segments.get(0) instanceof String first)) {
      throw new PillSyntaxException(
          "bad pill " + text + ": it must start with trigger, steps, item or recipe");
    }
    return switch (first) {
      case "trigger" ->
          new Pill(text, PillRoot.TRIGGER, null, segments.subList(1, segments.size()), optional);
      case "item" ->
          new Pill(text, PillRoot.ITEM, null, segments.subList(1, segments.size()), optional);
      case "recipe" ->
          new Pill(text, PillRoot.RECIPE, null, segments.subList(1, segments.size()), optional);
      case "steps" -> {
        if (segments.size() < 2 || !(segments.get(1) instanceof String stepId)) {
          throw new PillSyntaxException(
              "bad pill "
                  + text
                  + ": steps must be followed by a step id, as in {{steps.<id>.field}}");
        }
        yield new Pill(
            text, PillRoot.STEPS, stepId, segments.subList(2, segments.size()), optional);
      }
      default ->
          throw new PillSyntaxException(
              "bad pill "
                  + text
                  + ": it must start with trigger, steps, item or recipe, not '"
                  + first
                  + "'");
    };
  }

  /** Splits a pill body into keys and indexes. */
  private static final class PathScanner {
    private final String text;
    private final String body;
    private int pos;

    PathScanner(String text, String body) {
      this.text = text;
      this.body = body;
    }

    List<Object> scan() {
      List<Object> segments = new ArrayList<>();
      if (body.isEmpty()) {
        throw error("it is empty");
      }
      segments.add(name());
      while (pos < body.length()) {
        char c = body.charAt(pos);
        if (c == '.') {
          pos++;
          String name = name();
          segments.add(
              name.chars().allMatch(Character::isDigit) ? (Object) Integer.valueOf(name) : name);
        } else if (c == '[') {
          pos++;
          segments.add(bracket());
        } else {
          throw error("unexpected '" + c + "'");
        }
      }
      return segments;
    }

    private String name() {
      Matcher matcher = NAME.matcher(body).region(pos, body.length());
      if (!matcher.lookingAt()) {
        throw error(
            pos >= body.length()
                ? "it ends with '.'"
                : "expected a name at '" + body.substring(pos) + "'");
      }
      pos = matcher.end();
      return matcher.group();
    }

    private Object bracket() {
      int close = body.indexOf(']', pos);
      if (close < 0) {
        throw error("'[' is not closed");
      }
      String inside = body.substring(pos, close).strip();
      pos = close + 1;
      if (inside.matches("\\d+")) {
        return Integer.valueOf(inside);
      }
      if (inside.length() >= 2
          && (inside.startsWith("\"") && inside.endsWith("\"")
              || inside.startsWith("'") && inside.endsWith("'"))) {
        return inside.substring(1, inside.length() - 1);
      }
      throw error("[" + inside + "] must be a list index or a quoted key");
    }

    private PillSyntaxException error(String why) {
      return new PillSyntaxException("bad pill " + text + ": " + why);
    }
  }
}
