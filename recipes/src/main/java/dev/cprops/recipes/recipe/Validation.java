package dev.cprops.recipes.recipe;

import java.util.List;

/**
 * The outcome of checking a recipe: its problems in recipe order (empty when it can run), and notes
 * on what was checked beyond the file (e.g. which server accepted a connection).
 *
 * @param problems every problem found
 * @param notes what was checked live, one line each; never holds a secret
 */
public record Validation(List<Problem> problems, List<String> notes) {
  public Validation {
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  /** Whether no problem was found. */
  public boolean ok() {
    return problems.isEmpty();
  }

  /** Whether some problem is of that kind. */
  public boolean has(Problem.Kind kind) {
    return problems.stream().anyMatch(p -> p.kind() == kind);
  }

  /** The problems of one step (by index), e.g. to show them beside it in an editor. */
  public List<Problem> ofStep(int index) {
    return problems.stream()
        .filter(p -> p.location().part() == Location.Part.STEP && p.location().step() == index)
        .toList();
  }

  /** The problems of one input key of one step. */
  public List<Problem> ofInput(int stepIndex, String inputKey) {
    return ofStep(stepIndex).stream()
        .filter(p -> inputKey.equals(p.location().inputKey()))
        .toList();
  }
}
