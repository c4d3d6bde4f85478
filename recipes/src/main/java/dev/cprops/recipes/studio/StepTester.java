package dev.cprops.recipes.studio;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.Operation;
import dev.cprops.recipes.connections.ConnectionException;
import dev.cprops.recipes.pills.PillException;
import dev.cprops.recipes.pills.PillResolver;
import dev.cprops.recipes.pills.PillScope;
import dev.cprops.recipes.pills.PillSyntaxException;
import dev.cprops.recipes.recipe.Recipe;
import dev.cprops.recipes.recipe.RecipeException;
import dev.cprops.recipes.recipe.Step;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "Test step": runs one step's action once, as {@code exec} does, with its pills filled from sample
 * data: the trigger's sample output, and for earlier steps the output of their last test (else
 * their sample output); in a loop, {@code item} is the list's first element (or first batch). Shows
 * the output typed and keeps it as the step's sample for later steps.
 */
final class StepTester {
  private final StudioApps apps;
  private final Map<String, Object> lastOutputs = new ConcurrentHashMap<>();

  StepTester(StudioApps apps) {
    this.apps = apps;
  }

  /** The fragment model: {@code ok}, {@code error}, {@code input}, {@code nodes}. */
  Map<String, Object> test(String recipeId, RecipeDocument document, int index) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("index", index);
    try {
      Recipe recipe = document.parse();
      if (index < 0 || index >= recipe.steps().size()) {
        throw new IllegalArgumentException("there is no step " + (index + 1));
      }
      Step step = recipe.steps().get(index);
      Connector app = apps.app(step.app()).orElseThrow(() -> unknown(step));
      Action action = app.action(step.action()).orElseThrow(() -> unknown(step));
      Connection connection =
          app.connectionFields().isEmpty()
              ? app.connect(Map.of())
              : apps.connection(app)
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "app '" + app.id() + "' has no connection: give one to the studio"));
      Map<String, Object> steps = new LinkedHashMap<>();
      for (int i = 0; i < index; i++) {
        Step earlier = recipe.steps().get(i);
        Object output = lastOutputs.get(key(recipeId, earlier.id()));
        if (output == null) {
          output =
              apps.action(earlier.app(), earlier.action())
                  .map(Operation::sampleOutput)
                  .orElse(Map.of());
        }
        steps.put(earlier.id(), output);
      }
      Map<String, Object> facts = new LinkedHashMap<>();
      facts.put("name", recipe.name());
      facts.put("dir", recipe.directory().toString());
      Map<String, Object> trigger =
          apps.trigger(recipe.trigger().app(), recipe.trigger().trigger())
              .map(Operation::sampleOutput)
              .orElse(Map.of());
      PillScope scope = PillScope.of(trigger, steps, facts);
      if (step.loops()) {
        Object list = PillResolver.resolveValue(step.forEach(), scope, step.id(), "for_each");
        Object first = first(list, step.batchSize());
        scope = scope.withItem(first);
      }
      Map<String, Object> input = PillResolver.resolveInput(step.input(), scope, step.id());
      Object output = TypedValues.materialize(action.execute(connection, input));
      lastOutputs.put(key(recipeId, step.id()), output);
      view.put("ok", true);
      view.put("title", step.qualifiedAction() + " ran");
      view.put("nodes", TypedValues.nodes(output));
    } catch (RecipeException e) {
      view.put("error", "the recipe has problems to fix first: " + e.problems().get(0));
    } catch (PillException | PillSyntaxException | ConnectorException | ConnectionException e) {
      view.put("error", e.getMessage());
    } catch (IllegalArgumentException e) {
      view.put("error", e.getMessage());
    }
    return view;
  }

  /** The output of the step's last test, if it was tested. */
  Optional<Object> lastOutput(String recipeId, String stepId) {
    return Optional.ofNullable(lastOutputs.get(key(recipeId, stepId)));
  }

  private static Object first(Object list, int batchSize) {
    Object items = TypedValues.materialize(list);
    if (!(items instanceof List<?> elements)) {
      throw new IllegalArgumentException("for_each does not name a list");
    }
    if (elements.isEmpty()) {
      throw new IllegalArgumentException("the for_each list is empty: nothing to test with");
    }
    return batchSize > 0
        ? elements.subList(0, Math.min(batchSize, elements.size()))
        : elements.get(0);
  }

  private static String key(String recipeId, String stepId) {
    return recipeId + "#" + stepId;
  }

  private static IllegalArgumentException unknown(Step step) {
    return new IllegalArgumentException("unknown action " + step.qualifiedAction());
  }
}
