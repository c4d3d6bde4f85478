package dev.cprops.recipes.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in a recipe's JSON, written with dots: {@code steps.1.input.email}. Problems from the
 * parser and the validator ({@code steps[1] (upsert).input.email}) are turned into the same form,
 * so a message finds the input it concerns.
 *
 * @param segments keys and list indexes
 */
record TreePath(List<String> segments) {
  private static final Pattern STEP = Pattern.compile("^steps\\[(\\d+)\\](?: \\([^)]*\\))?");

  TreePath {
    segments = List.copyOf(segments);
    if (segments.isEmpty() || segments.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("not a place in a recipe: " + String.join(".", segments));
    }
  }

  /** Parses {@code a.b.0.c}; keys holding dots cannot be addressed (the studio never makes any). */
  static TreePath parse(String dotted) {
    return new TreePath(List.of(dotted.split("\\.", -1)));
  }

  /** The path of a problem's {@code where}, e.g. {@code steps[1] (upsert).input.records[0]}. */
  static String ofProblem(String where) {
    Matcher step = STEP.matcher(where);
    String rest = where;
    StringBuilder out = new StringBuilder();
    if (step.find()) {
      out.append("steps.").append(step.group(1));
      rest = where.substring(step.end());
    }
    out.append(rest.replaceAll("\\[(\\d+)\\]", ".$1"));
    String dotted = out.toString();
    return dotted.startsWith(".") ? dotted.substring(1) : dotted;
  }

  TreePath child(String segment) {
    List<String> longer = new ArrayList<>(segments);
    longer.add(segment);
    return new TreePath(longer);
  }

  @Override
  public String toString() {
    return String.join(".", segments);
  }
}
