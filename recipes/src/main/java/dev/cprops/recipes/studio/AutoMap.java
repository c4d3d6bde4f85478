package dev.cprops.recipes.studio;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.Operation;
import dev.cprops.recipes.connections.ConnectionException;
import dev.cprops.recipes.pills.PillException;
import dev.cprops.recipes.pills.PillParser;
import dev.cprops.recipes.pills.PillResolver;
import dev.cprops.recipes.pills.PillScope;
import dev.cprops.recipes.pills.PillSyntaxException;
import dev.cprops.recipes.recipe.Recipe;
import dev.cprops.recipes.recipe.RecipeException;
import dev.cprops.recipes.recipe.Step;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * "Auto-map": the connector's own auto-mapping of a step's columns onto its {@code mapping} input,
 * asked through the SPI: the step's app runs its {@value #SUGGEST} action (which only reads) with
 * the columns and the mapping the step already has. The columns are a pasted CSV header line, else
 * those of the step's {@code for_each} source: the header of a {@code csv.read} file, or the first
 * element of the source step's last "Test step" output.
 */
final class AutoMap {
  /** The action a connector offers auto-mapping through. */
  static final String SUGGEST = "suggest_mapping";

  static final String MAPPING = "mapping";

  private final StudioApps apps;
  private final StepTester tester;

  AutoMap(StudioApps apps, StepTester tester) {
    this.apps = apps;
    this.tester = tester;
  }

  /**
   * Whether a step of this action gets the Auto-map button: a key-value mapping and a suggester.
   */
  static boolean offered(Connector app, List<Field> inputs) {
    return app.action(SUGGEST).isPresent()
        && inputs.stream()
            .anyMatch(f -> f.name().equals(MAPPING) && f.controlType() == ControlType.KEY_VALUE);
  }

  /**
   * The suggestion for step {@code index}: {@code columns}, {@code source}, {@code mapping}, {@code
   * mappingText}, {@code unmapped}, {@code conflicts}; or {@code error}.
   */
  Map<String, Object> suggest(String recipeId, RecipeDocument document, int index, String header) {
    Map<String, Object> answer = new LinkedHashMap<>();
    try {
      Recipe recipe = document.parse();
      if (index < 0 || index >= recipe.steps().size()) {
        throw new IllegalArgumentException("there is no step " + (index + 1));
      }
      Step step = recipe.steps().get(index);
      Connector app =
          apps.app(step.app())
              .orElseThrow(() -> new IllegalArgumentException("unknown app " + step.app()));
      Action suggest =
          app.action(SUGGEST)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "app '" + app.id() + "' offers no auto-mapping (" + SUGGEST + ")"));
      Connection connection =
          apps.connection(app)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "app '" + app.id() + "' has no connection: give one to the studio"));
      Action action =
          app.action(step.action())
              .orElseThrow(
                  () -> new IllegalArgumentException("unknown action " + step.qualifiedAction()));
      if (!offered(app, action.inputFields(connection))) {
        throw new IllegalArgumentException(
            step.qualifiedAction() + " has no column mapping to fill");
      }
      Columns columns =
          header != null && !header.isBlank()
              ? new Columns(headerColumns(header), "the pasted header")
              : sourceColumns(recipeId, recipe, step, index);
      Map<String, Object> input = new LinkedHashMap<>();
      input.put("columns", columns.names());
      Object kept = step.input().get(MAPPING);
      if (kept instanceof Map<?, ?>) {
        input.put(MAPPING, kept);
      }
      Map<String, Object> output = suggest.execute(connection, input);
      Object mapping = output.getOrDefault(MAPPING, Map.of());
      answer.put("columns", columns.names());
      answer.put("source", columns.source());
      answer.put(MAPPING, mapping);
      answer.put("mappingText", FieldForms.text(mapping));
      answer.put("unmapped", output.getOrDefault("unmapped", List.of()));
      answer.put("conflicts", output.getOrDefault("conflicts", List.of()));
    } catch (RecipeException e) {
      answer.put("error", "the recipe has problems to fix first: " + e.problems().get(0));
    } catch (PillException
        | PillSyntaxException
        | ConnectorException
        | ConnectionException
        | IllegalArgumentException e) {
      answer.put("error", e.getMessage());
    }
    return answer;
  }

  /** The columns of one CSV header line (quoted names may hold commas). */
  static List<String> headerColumns(String line) {
    try (CSVParser parser = CSVParser.parse(new StringReader(line.strip()), CSVFormat.DEFAULT)) {
      Iterator<CSVRecord> records = parser.iterator();
      List<String> columns = new ArrayList<>();
      if (records.hasNext()) {
        for (String column : records.next()) {
          if (!column.isBlank()) {
            columns.add(column.strip());
          }
        }
      }
      if (columns.isEmpty()) {
        throw new IllegalArgumentException("the header line names no columns");
      }
      return columns;
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("the header line is not CSV: " + e.getMessage());
    }
  }

  private Columns sourceColumns(String recipeId, Recipe recipe, Step step, int index) {
    if (!step.loops()) {
      throw new IllegalArgumentException(
          "no columns to map: set for_each to the rows to upsert, or paste a CSV header line");
    }
    String sourceId = PillParser.whole(step.forEach()).stepId();
    Map<String, Object> steps = new LinkedHashMap<>();
    String source = null;
    for (int i = 0; i < index; i++) {
      Step earlier = recipe.steps().get(i);
      if (!earlier.id().equals(sourceId)) {
        continue;
      }
      Optional<Object> tested = tester.lastOutput(recipeId, earlier.id());
      if (earlier.app().equals("csv") && earlier.action().equals("read")) {
        steps.put(earlier.id(), csvHeader(recipe, earlier));
        source = "the header of the file step " + (i + 1) + " reads";
      } else if (tested.isPresent()) {
        steps.put(earlier.id(), tested.get());
        source = "the last test of step " + (i + 1);
      }
    }
    if (source == null) {
      throw new IllegalArgumentException(
          "no columns known for "
              + step.forEach()
              + (sourceId == null ? "" : ": test step '" + sourceId + "' first")
              + ", or paste a CSV header line");
    }
    Object list =
        PillResolver.resolveValue(step.forEach(), scope(recipe, steps), step.id(), "for_each");
    Object first = first(list);
    if (!(first instanceof Map<?, ?> row) || row.isEmpty()) {
      throw new IllegalArgumentException(
          "no columns found in " + source + "; paste a CSV header line");
    }
    List<String> names = new ArrayList<>();
    row.keySet().forEach(k -> names.add(String.valueOf(k)));
    return new Columns(names, source);
  }

  /** Runs the csv read step (it only opens the file) with every column kept, empty or not. */
  private Map<String, Object> csvHeader(Recipe recipe, Step read) {
    Connector csv = apps.app(read.app()).orElseThrow();
    Action action = csv.action(read.action()).orElseThrow();
    Map<String, Object> input =
        new LinkedHashMap<>(
            PillResolver.resolveInput(read.input(), scope(recipe, Map.of()), read.id()));
    input.put("skip_empty", false);
    input.remove("unique");
    return action.execute(csv.connect(Map.of()), input);
  }

  private PillScope scope(Recipe recipe, Map<String, Object> steps) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("name", recipe.name());
    facts.put("dir", recipe.directory().toString());
    Map<String, Object> trigger =
        apps.trigger(recipe.trigger().app(), recipe.trigger().trigger())
            .map(Operation::sampleOutput)
            .orElse(Map.of());
    return PillScope.of(trigger, steps, facts);
  }

  /** The first element of a list, reading no further than it (a file is closed again). */
  private static Object first(Object list) {
    if (!(list instanceof Iterable<?> items)) {
      throw new IllegalArgumentException("for_each does not name a list");
    }
    Iterator<?> iterator = items.iterator();
    try {
      return iterator.hasNext() ? iterator.next() : null;
    } finally {
      if (iterator instanceof Closeable closeable) {
        try {
          closeable.close();
        } catch (IOException e) {
          // the header is read; failing to close a read-only file changes nothing
        }
      }
    }
  }

  /** The column names to map and where they came from (said in the answer). */
  private record Columns(List<String> names, String source) {}
}
