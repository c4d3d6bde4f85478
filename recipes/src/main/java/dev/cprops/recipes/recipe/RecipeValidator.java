package dev.cprops.recipes.recipe;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Operation;
import dev.cprops.connector.spi.Trigger;
import dev.cprops.recipes.pills.Pill;
import dev.cprops.recipes.pills.PillParser;
import dev.cprops.recipes.pills.PillSyntaxException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Checks a parsed recipe against the apps: unknown apps, actions and triggers, missing required
 * inputs, literal values against the fields ({@link ValueCheck}: options and pick lists, lists,
 * numbers, unknown keys when the schema is complete), and pills that point nowhere (to an unknown
 * step, to this or a later step, {@code item} outside a loop, or to an output field that does not
 * exist when the schema is known). With a connection for an app, its live (dynamic) fields and pick
 * lists are used; without one, the fields that need no connection. Each problem has a {@link
 * Location} (step, field) an editor can show it beside.
 */
public final class RecipeValidator {
  /** The output fields of a step that loops: what {@code {{steps.<id>...}}} holds after it. */
  public static final List<Field> LOOP_OUTPUT_FIELDS =
      List.of(
          Field.builder("iterations", FieldType.INTEGER)
              .label("Iterations (a batch is one)")
              .build(),
          Field.builder("records", FieldType.INTEGER).label("Records read").build(),
          Field.builder("created", FieldType.INTEGER).label("Records created").build(),
          Field.builder("updated", FieldType.INTEGER).label("Records updated").build(),
          Field.builder("unchanged", FieldType.INTEGER).label("Records unchanged").build(),
          Field.builder("failed", FieldType.INTEGER).label("Records failed").build(),
          Field.builder("skipped", FieldType.INTEGER).label("Records skipped").build(),
          Field.builder("failed_records", FieldType.ARRAY)
              .label("Failed records")
              .of(FieldType.OBJECT)
              .hint(
                  "one {step, field, value, reason, record} a failed record: loop over it in a"
                      + " later step to route failures elsewhere (a dead-letter step)")
              .build(),
          Field.builder("last", FieldType.OBJECT).label("Output of the last iteration").build());

  private final AppCatalog apps;
  private final Function<Connector, Optional<Connection>> connections;

  /**
   * @param apps the apps recipes may use
   * @param connections the connection the user gave for an app, if any (used for live schemas)
   */
  public RecipeValidator(AppCatalog apps, Function<Connector, Optional<Connection>> connections) {
    this.apps = apps;
    this.connections = connections;
  }

  /**
   * Every problem, in recipe order; empty when the recipe can run.
   *
   * @throws AuthException if a given connection is rejected while reading a live schema
   */
  public List<Problem> validate(Recipe recipe) {
    return new Run(recipe).check();
  }

  /**
   * Validates and throws when there are problems.
   *
   * @throws RecipeException listing them
   */
  public void require(Recipe recipe) {
    List<Problem> problems = validate(recipe);
    if (!problems.isEmpty()) {
      throw new RecipeException(problems);
    }
  }

  /**
   * Checks the values given for an app's connection against its connection fields: names no field
   * has (with a suggestion), values outside a select's options, words for a number. Hears each
   * problem as the connection field's name and the message.
   */
  public static void checkConnectionValues(
      Connector app, Map<String, ?> values, BiConsumer<String, String> problems) {
    String prefix = "connection";
    new ValueCheck(
            app,
            null,
            true,
            (path, message) -> problems.accept(path.substring(prefix.length() + 1), message))
        .input(app.connectionFields(), values, prefix);
  }

  /** One validation pass over one recipe. */
  private final class Run {
    private final Recipe recipe;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> stepIndex = new HashMap<>();
    private final Map<String, OperationSchema> stepSchemas = new HashMap<>();
    private OperationSchema triggerSchema;
    private String triggerName;

    Run(Recipe recipe) {
      this.recipe = recipe;
      for (int i = 0; i < recipe.steps().size(); i++) {
        stepIndex.putIfAbsent(recipe.steps().get(i).id(), i);
      }
    }

    List<Problem> check() {
      checkTrigger(recipe.trigger());
      for (int i = 0; i < recipe.steps().size(); i++) {
        checkStep(recipe.steps().get(i), i);
      }
      return problems;
    }

    private void checkTrigger(TriggerSpec spec) {
      Location at = Location.trigger(null);
      Optional<Connector> app = app(spec.app(), at.at("app"));
      if (app.isEmpty()) {
        return;
      }
      Connector connector = app.get();
      List<Trigger> triggers = connector.triggers();
      Trigger trigger;
      if (spec.trigger() == null) {
        if (triggers.size() != 1) {
          problem(
              at.at("trigger"),
              triggers.isEmpty()
                  ? "app '" + connector.id() + "' has no triggers"
                  : "app '"
                      + connector.id()
                      + "' has several triggers ("
                      + ids(triggers)
                      + "); name one");
          return;
        }
        trigger = triggers.get(0);
      } else {
        Optional<Trigger> found = connector.trigger(spec.trigger());
        if (found.isEmpty()) {
          problem(
              at.at("trigger"),
              "app '"
                  + connector.id()
                  + "' has no trigger '"
                  + spec.trigger()
                  + "'"
                  + suggestion(spec.trigger(), triggers)
                  + (triggers.isEmpty() ? "" : " (its triggers: " + ids(triggers) + ")"));
          return;
        }
        trigger = found.get();
      }
      triggerName = connector.id() + "." + trigger.id();
      for (Map.Entry<String, Object> entry : spec.input().entrySet()) {
        if (entry.getValue() instanceof String s && PillParser.containsPill(s)) {
          problem(at.at("input." + entry.getKey()), "a trigger's input cannot hold data pills");
        }
      }
      triggerSchema = schema(connector, trigger, at);
      requireInputs(triggerSchema, spec.input(), at);
      checkLiterals(connector, triggerSchema, spec.input(), at);
      if (connector.id().equals(Schedule.APP)) {
        try {
          Schedule.fromInput(spec.input(), ZoneId.systemDefault());
        } catch (InputException e) {
          problem(at.at("input." + e.field()), e.getMessage().substring(e.field().length() + 2));
        }
      }
    }

    private void checkStep(Step step, int index) {
      Location at = Location.step(index, step.id(), null);
      Optional<Connector> app = app(step.app(), at.at("app"));
      Optional<Action> action = app.flatMap(connector -> action(connector, step, at));
      if (step.forEach() != null) {
        checkPills(step.forEach(), index, at.at("for_each"), false);
      }
      OperationSchema schema = null;
      if (action.isPresent()) {
        schema = schema(app.get(), action.get(), at);
        requireInputs(schema, step.input(), at);
        checkLiterals(app.get(), schema, step.input(), at);
      }
      for (Map.Entry<String, Object> entry : step.input().entrySet()) {
        checkValue(entry.getValue(), index, at, "input." + entry.getKey(), step.loops());
      }
      if (schema != null) {
        stepSchemas.put(
            step.id(),
            step.loops()
                ? new OperationSchema(
                    schema.inputs(), LOOP_OUTPUT_FIELDS, true, schema.connection())
                : schema);
      }
    }

    private Optional<Action> action(Connector connector, Step step, Location at) {
      Optional<Action> action = connector.action(step.action());
      if (action.isEmpty()) {
        List<Action> actions = connector.actions();
        problem(
            at.at("action"),
            "app '"
                + connector.id()
                + "' has no action '"
                + step.action()
                + "'"
                + suggestion(step.action(), actions)
                + (actions.isEmpty() ? "" : " (its actions: " + ids(actions) + ")"));
      }
      return action;
    }

    private void checkLiterals(
        Connector connector, OperationSchema schema, Map<String, Object> input, Location at) {
      new ValueCheck(
              connector,
              schema.connection(),
              schema.complete(),
              (path, message) -> problem(at.at(path), message))
          .input(schema.inputs(), input, "input");
    }

    private void checkValue(Object value, int index, Location at, String path, boolean inLoop) {
      if (value instanceof String text) {
        checkPills(text, index, at.at(path), inLoop);
      } else if (value instanceof Map<?, ?> map) {
        map.forEach((k, v) -> checkValue(v, index, at, path + "." + k, inLoop));
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          checkValue(list.get(i), index, at, path + "[" + i + "]", inLoop);
        }
      }
    }

    private void checkPills(String text, int index, Location where, boolean inLoop) {
      List<Pill> pills;
      try {
        pills = PillParser.findAll(text);
      } catch (PillSyntaxException e) {
        problem(where, e.getMessage());
        return;
      }
      for (Pill pill : pills) {
        String reason = pointsNowhere(pill, index, inLoop);
        if (reason != null) {
          problem(where, "pill " + pill.text() + " " + reason);
        }
      }
    }

    private String pointsNowhere(Pill pill, int index, boolean inLoop) {
      switch (pill.root()) {
        case ITEM -> {
          return inLoop
              ? null
              : "is outside a for_each loop; {{item}} exists only in a step with for_each";
        }
        case RECIPE -> {
          boolean known =
              pill.path().size() == 1 && List.of("name", "dir").contains(pill.path().get(0));
          return known
              ? null
              : "points nowhere: recipe has only {{recipe.name}} and {{recipe.dir}}";
        }
        case TRIGGER -> {
          if (triggerSchema == null || !triggerSchema.complete()) {
            return null;
          }
          String missing = missingField(triggerSchema.outputs(), pill.path());
          return missing == null
              ? null
              : "points nowhere: trigger '" + triggerName + "' has no output field " + missing;
        }
        case STEPS -> {
          Integer target = stepIndex.get(pill.stepId());
          if (target == null) {
            return "points to unknown step '"
                + pill.stepId()
                + "'"
                + DidYouMean.closest(
                        pill.stepId(),
                        stepIndex.entrySet().stream()
                            .filter(e -> e.getValue() < index)
                            .map(Map.Entry::getKey)
                            .toList())
                    .map(n -> " (did you mean '" + n + "'?)")
                    .orElse("");
          }
          if (target == index) {
            return "points to this step itself; a step can use only earlier steps' outputs";
          }
          if (target > index) {
            return "points to step '" + pill.stepId() + "', which runs after this step";
          }
          OperationSchema schema = stepSchemas.get(pill.stepId());
          if (schema == null || !schema.complete()) {
            return null;
          }
          String missing = missingField(schema.outputs(), pill.path());
          return missing == null
              ? null
              : "points nowhere: step '" + pill.stepId() + "' has no output field " + missing;
        }
        default -> {
          return null;
        }
      }
    }

    private void requireInputs(OperationSchema schema, Map<String, Object> input, Location at) {
      for (Field field : schema.inputs()) {
        if (!field.optional() && !input.containsKey(field.name())) {
          problem(at.at("input." + field.name()), "missing required input '" + field.label() + "'");
        }
      }
    }

    private OperationSchema schema(Connector connector, Operation operation, Location at) {
      Optional<Connection> connection =
          connector.connectionFields().isEmpty()
              ? Optional.of(connector.connect(Map.of()))
              : connections.apply(connector);
      if (connection.isPresent()) {
        try {
          return new OperationSchema(
              operation.inputFields(connection.get()),
              operation.outputFields(connection.get()),
              true,
              connection.get());
        } catch (AuthException e) {
          throw e;
        } catch (ConnectorException e) {
          problems.add(
              new Problem(
                  at,
                  "cannot read the live fields of "
                      + connector.id()
                      + "."
                      + operation.id()
                      + ": "
                      + e.getMessage(),
                  Problem.Kind.SERVER));
        }
      }
      return new OperationSchema(
          operation.inputFields(null), operation.outputFields(null), false, null);
    }

    private Optional<Connector> app(String id, Location where) {
      Optional<Connector> app = apps.find(id);
      if (app.isEmpty()) {
        problem(
            where,
            "unknown app '"
                + id
                + "'"
                + DidYouMean.closest(id, apps.ids())
                    .map(n -> " (did you mean '" + n + "'?)")
                    .orElse("")
                + " (known apps: "
                + String.join(", ", apps.ids())
                + ")");
      }
      return app;
    }

    private void problem(Location where, String message) {
      problems.add(new Problem(where, message));
    }
  }

  /**
   * The first name in the path that the fields do not have, quoted, with a suggestion from the
   * fields at its level; {@code null} when all exist (as far as known).
   */
  private static String missingField(List<Field> fields, List<Object> path) {
    List<Field> level = fields;
    for (Object segment : path) {
      if (!(segment instanceof String name)) {
        return null;
      }
      Field field = level.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
      if (field == null) {
        return "'"
            + name
            + "'"
            + DidYouMean.closest(name, level.stream().map(Field::name).toList())
                .map(n -> " (did you mean '" + n + "'?)")
                .orElse("");
      }
      if (field.type() != FieldType.OBJECT || field.properties().isEmpty()) {
        return null;
      }
      level = field.properties();
    }
    return null;
  }

  private static String suggestion(String given, List<? extends Operation> operations) {
    return DidYouMean.closest(given, operations.stream().map(Operation::id).toList())
        .map(n -> " (did you mean '" + n + "'?)")
        .orElse("");
  }

  private static String ids(List<? extends Operation> operations) {
    return String.join(", ", operations.stream().map(Operation::id).toList());
  }
}
