package dev.cprops.recipes.runner;

import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.Json;
import dev.cprops.recipes.pills.PillResolver;
import dev.cprops.recipes.pills.PillScope;
import dev.cprops.recipes.recipe.ErrorPolicy;
import dev.cprops.recipes.recipe.RecipeValidator;
import dev.cprops.recipes.recipe.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a recipe's steps for one trigger event: resolves pills, runs loops (element by element, or
 * in batches), applies each step's error policy and counts what the actions report.
 *
 * <p>A failing step with policy {@code continue} leaves {@code {"error": message}} as its output
 * (for a loop element: the loop goes on); {@code skip} ends this event's steps; {@code stop} throws
 * {@link StopRunException}. An {@link AuthException} always propagates: every later call would fail
 * the same way.
 */
final class StepRunner {
  private final List<BoundStep> steps;
  private final Map<String, Object> recipeFacts;
  private final RunStats stats;
  private final RunListener listener;

  StepRunner(
      List<BoundStep> steps,
      Map<String, Object> recipeFacts,
      RunStats stats,
      RunListener listener) {
    this.steps = List.copyOf(steps);
    this.recipeFacts = recipeFacts;
    this.stats = stats;
    this.listener = listener;
  }

  /**
   * Runs every step for one event.
   *
   * @throws StopRunException if a step with policy stop failed
   * @throws AuthException if a connection was rejected
   */
  void run(Map<String, Object> event) {
    PillScope scope = PillScope.of(event, new LinkedHashMap<>(), recipeFacts);
    for (BoundStep bound : steps) {
      boolean goOn = bound.step().loops() ? loop(bound, scope) : once(bound, scope);
      if (!goOn) {
        return;
      }
    }
  }

  private boolean once(BoundStep bound, PillScope scope) {
    Step step = bound.step();
    try {
      scope.steps().put(step.id(), execute(bound, scope));
      return true;
    } catch (AuthException | StopRunException e) {
      throw e;
    } catch (RuntimeException e) {
      boolean goOn = failed(step, e);
      scope.steps().put(step.id(), Map.of("error", message(e)));
      return goOn;
    }
  }

  private boolean loop(BoundStep bound, PillScope scope) {
    Step step = bound.step();
    Iterable<?> elements;
    try {
      elements = elements(step, scope);
    } catch (RuntimeException e) {
      boolean goOn = failed(step, e);
      scope.steps().put(step.id(), Map.of("error", message(e)));
      return goOn;
    }
    long done = 0;
    long failedItems = 0;
    long iterations = 0;
    Object last = null;
    listener.loopStarted(step.id(), elements instanceof Collection<?> c ? c.size() : -1);
    Iterator<?> iterator = elements.iterator();
    try {
      while (iterator.hasNext()) {
        Object item = next(iterator, step.batchSize());
        long size = item instanceof List<?> batch && step.batchSize() > 0 ? batch.size() : 1;
        iterations++;
        try {
          last = execute(bound, scope.withItem(item));
        } catch (AuthException | StopRunException e) {
          throw e;
        } catch (RuntimeException e) {
          failedItems++;
          last = Map.of("error", message(e));
          if (!failed(step, e)) {
            done += size;
            stats.items(size);
            return false;
          }
        }
        done += size;
        stats.items(size);
        listener.loopProgress(step.id(), done);
      }
    } finally {
      if (iterator instanceof AutoCloseable closeable) {
        closeQuietly(closeable);
      }
      listener.loopFinished(step.id(), done, failedItems);
    }
    Map<String, Object> output = new LinkedHashMap<>();
    output.put(RecipeValidator.LOOP_OUTPUT_FIELDS.get(0).name(), BigDecimal.valueOf(iterations));
    output.put(RecipeValidator.LOOP_OUTPUT_FIELDS.get(1).name(), BigDecimal.valueOf(failedItems));
    output.put(RecipeValidator.LOOP_OUTPUT_FIELDS.get(2).name(), last);
    scope.steps().put(step.id(), output);
    return true;
  }

  private Iterable<?> elements(Step step, PillScope scope) {
    Object value = PillResolver.resolveValue(step.forEach(), scope, step.id(), "for_each");
    if (value == null) {
      return List.of();
    }
    if (value instanceof Iterable<?> iterable && !(value instanceof Map)) {
      return iterable;
    }
    throw new IllegalArgumentException(
        "step '"
            + step.id()
            + "', field 'for_each': "
            + step.forEach()
            + " is "
            + Json.kind(value)
            + ", not a list");
  }

  private static Object next(Iterator<?> iterator, int batchSize) {
    if (batchSize <= 0) {
      return iterator.next();
    }
    List<Object> batch = new ArrayList<>(batchSize);
    while (batch.size() < batchSize && iterator.hasNext()) {
      batch.add(iterator.next());
    }
    return batch;
  }

  private Map<String, Object> execute(BoundStep bound, PillScope scope) {
    Step step = bound.step();
    Map<String, Object> input =
        Values.materialize(PillResolver.resolveInput(step.input(), scope, step.id()));
    Map<String, Object> output = bound.action().execute(bound.connection(), input);
    stats.executed(step.qualifiedAction(), OutputCounters.of(output));
    for (String reason : RecordFailures.of(output)) {
      stats.recordFailed("step '" + step.id() + "' (" + step.qualifiedAction() + "): " + reason);
    }
    return output;
  }

  /** Records a failure; returns whether the event's steps go on (false: skip the rest). */
  private boolean failed(Step step, RuntimeException e) {
    String message =
        "step '" + step.id() + "' (" + step.qualifiedAction() + ") failed: " + message(e);
    listener.stepFailed(step.id(), message);
    stats.stepFailed(step.qualifiedAction(), message);
    if (step.onError() == ErrorPolicy.STOP) {
      throw new StopRunException(message, e);
    }
    return step.onError() == ErrorPolicy.CONTINUE;
  }

  private static String message(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // the loop's result does not depend on closing a read-only source
    }
  }
}
