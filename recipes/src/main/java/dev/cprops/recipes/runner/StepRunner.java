package dev.cprops.recipes.runner;

import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Json;
import dev.cprops.recipes.pills.PillResolver;
import dev.cprops.recipes.pills.PillScope;
import dev.cprops.recipes.recipe.ErrorPolicy;
import dev.cprops.recipes.recipe.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

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
  private BooleanSupplier stop = () -> false;

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

  /** Asked before each step and each loop element: when true, no new work is taken. */
  void stopWhen(BooleanSupplier stop) {
    this.stop = stop;
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
      if (stop.getAsBoolean() && bound != steps.get(0)) {
        throw new RunInterruptedException(
            "interrupted before step '" + bound.step().id() + "': the event was not finished");
      }
      boolean goOn = bound.step().loops() ? loop(bound, scope) : once(bound, scope);
      if (!goOn) {
        return;
      }
    }
  }

  private boolean once(BoundStep bound, PillScope scope) {
    Step step = bound.step();
    Object event = scope.trigger();
    Counts counts = new Counts();
    counts.read = 1;
    try {
      Map<String, Object> output = execute(bound, scope);
      count(step, event, output, counts);
      scope.steps().put(step.id(), output);
      return true;
    } catch (AuthException | StopRunException e) {
      throw e;
    } catch (RuntimeException e) {
      counts.failed = 1;
      boolean goOn = failed(step, e, List.of(event), counts);
      scope.steps().put(step.id(), Map.of("error", message(e)));
      return goOn;
    } finally {
      stats.step(step.id(), counts.totals());
    }
  }

  private boolean loop(BoundStep bound, PillScope scope) {
    Step step = bound.step();
    Iterable<?> elements;
    try {
      elements = elements(step, scope);
    } catch (RuntimeException e) {
      boolean goOn = failed(step, e, List.of(), new Counts());
      scope.steps().put(step.id(), Map.of("error", message(e)));
      return goOn;
    }
    Counts counts = new Counts();
    long iterations = 0;
    Object last = null;
    listener.loopStarted(step.id(), expectedSize(elements));
    Iterator<?> iterator = elements.iterator();
    boolean goOn = true;
    try {
      while (goOn && iterator.hasNext()) {
        if (stop.getAsBoolean()) {
          throw new RunInterruptedException(
              "interrupted in step '"
                  + step.id()
                  + "' after "
                  + counts.read
                  + (counts.read == 1 ? " record" : " records")
                  + ": the event was not finished");
        }
        List<Object> unread = new ArrayList<>();
        Object item;
        try {
          item = next(iterator, step.batchSize(), unread);
        } catch (UnreadableRecordException e) {
          counts.read++;
          stats.items(1);
          goOn = unreadable(step, e, counts);
          continue;
        }
        long size = item instanceof List<?> batch && step.batchSize() > 0 ? batch.size() : 1;
        iterations++;
        counts.read += size;
        try {
          last = execute(bound, scope.withItem(item));
          count(step, item, castOutput(last), counts);
        } catch (AuthException | StopRunException e) {
          throw e;
        } catch (RuntimeException e) {
          counts.failed += size;
          last = Map.of("error", message(e));
          goOn =
              failed(
                  step,
                  e,
                  size > 1 || step.batchSize() > 0 ? (List<?>) item : List.of(item),
                  counts);
        }
        stats.items(size);
        listener.loopProgress(step.id(), counts.read);
        if (goOn && !unread.isEmpty()) {
          for (Object error : unread) {
            goOn = goOn && unreadable(step, (UnreadableRecordException) error, counts);
          }
        }
      }
    } finally {
      if (iterator instanceof AutoCloseable closeable) {
        closeQuietly(closeable);
      }
      listener.loopFinished(step.id(), counts.read, counts.failed);
      stats.step(step.id(), counts.totals());
    }
    if (!goOn) {
      return false;
    }
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("iterations", BigDecimal.valueOf(iterations));
    output.put("records", BigDecimal.valueOf(counts.read));
    output.put("created", BigDecimal.valueOf(counts.created));
    output.put("updated", BigDecimal.valueOf(counts.updated));
    output.put("unchanged", BigDecimal.valueOf(counts.unchanged));
    output.put("failed", BigDecimal.valueOf(counts.failed));
    output.put("skipped", BigDecimal.valueOf(counts.skipped));
    output.put("failed_records", counts.failedRecords);
    output.put("last", last);
    scope.steps().put(step.id(), output);
    return true;
  }

  /** How many elements a loop will see, when its source knows: a list, or a counted file. */
  private static long expectedSize(Iterable<?> elements) {
    if (elements instanceof Collection<?> collection) {
      return collection.size();
    }
    return elements instanceof KnownSize known ? known.expectedSize() : -1;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castOutput(Object output) {
    return (Map<String, Object>) output;
  }

  /**
   * An element the loop's source could not read: under {@code continue} it is a failed record and
   * the loop goes on; under {@code skip} it is a skipped record and the loop goes on (the other
   * rows are still good); under {@code stop} the run stops.
   */
  private boolean unreadable(Step step, UnreadableRecordException e, Counts counts) {
    String message = "step '" + step.id() + "': " + e.getMessage();
    listener.stepFailed(step.id(), message);
    FailedRecord record = new FailedRecord(step.id(), e.record(), null, null, e.getMessage());
    if (step.onError() == ErrorPolicy.STOP) {
      counts.failed++;
      counts.failedRecords.add(record.toMap());
      stats.recordFailed(record, message);
      throw new StopRunException(message, e);
    }
    if (step.onError() == ErrorPolicy.SKIP) {
      counts.skipped++;
      stats.recordFailed(record, message + " (skipped)");
    } else {
      counts.failed++;
      counts.failedRecords.add(record.toMap());
      stats.recordFailed(record, message);
    }
    return true;
  }

  private void count(Step step, Object item, Map<String, Object> output, Counts counts) {
    ActionTotals totals = OutputCounters.of(output);
    stats.executed(step.qualifiedAction(), totals);
    stats.unmapped(step.id(), output.get("unmapped_columns"));
    counts.created += totals.created();
    counts.updated += totals.updated();
    counts.unchanged += totals.unchanged();
    counts.failed += totals.failed();
    for (RecordFailures.Failure failure : RecordFailures.of(step.id(), item, output)) {
      counts.failedRecords.add(failure.record().toMap());
      stats.recordFailed(
          failure.record(),
          "step '"
              + step.id()
              + "' ("
              + step.qualifiedAction()
              + "): record "
              + failure.name()
              + ": "
              + failure.record().reason());
    }
  }

  /** A step's record counts while it runs. */
  private static final class Counts {
    long read;
    long created;
    long updated;
    long unchanged;
    long failed;
    long skipped;
    final List<Map<String, Object>> failedRecords = new ArrayList<>();

    StepTotals totals() {
      return new StepTotals(read, created, updated, unchanged, failed, skipped);
    }
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

  /**
   * The next element, or the next batch; a batch leaves out the elements its source could not read,
   * handing them back in {@code unread} (a single element's failure is thrown).
   */
  private static Object next(Iterator<?> iterator, int batchSize, List<Object> unread) {
    if (batchSize <= 0) {
      return iterator.next();
    }
    List<Object> batch = new ArrayList<>(batchSize);
    while (batch.size() < batchSize && iterator.hasNext()) {
      try {
        batch.add(iterator.next());
      } catch (UnreadableRecordException e) {
        unread.add(e);
      }
    }
    return batch;
  }

  private Map<String, Object> execute(BoundStep bound, PillScope scope) {
    Step step = bound.step();
    Map<String, Object> input =
        Values.materialize(PillResolver.resolveInput(step.input(), scope, step.id()));
    return bound.action().execute(bound.connection(), input);
  }

  /** Records a failure; returns whether the event's steps go on (false: skip the rest). */
  private boolean failed(Step step, RuntimeException e, List<?> records, Counts counts) {
    String message =
        "step '"
            + step.id()
            + "' ("
            + step.qualifiedAction()
            + ") failed"
            + (records.size() > 1 ? " for " + records.size() + " records" : "")
            + ": "
            + message(e);
    listener.stepFailed(step.id(), message);
    stats.stepFailed(step.qualifiedAction(), message, records.size());
    String field = e instanceof InputException input ? input.field() : null;
    Object value = e instanceof InputException input ? input.value() : null;
    for (Object record : records) {
      FailedRecord failed = new FailedRecord(step.id(), record, field, value, message(e));
      counts.failedRecords.add(failed.toMap());
      stats.failedRecordOnly(failed);
    }
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
