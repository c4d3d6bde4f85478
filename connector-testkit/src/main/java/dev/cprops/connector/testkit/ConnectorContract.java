package dev.cprops.connector.testkit;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Json;
import dev.cprops.connector.spi.Manifest;
import dev.cprops.connector.spi.Operation;
import dev.cprops.connector.spi.PickList;
import dev.cprops.connector.spi.PickOption;
import dev.cprops.connector.spi.PollResult;
import dev.cprops.connector.spi.PollingTrigger;
import dev.cprops.connector.spi.Trigger;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The contract every connector of the SPI keeps, checked against a live connection. Any connector's
 * tests call {@link #verify(Connector, Connection)}; it works with any test framework (a broken
 * rule is an {@link AssertionError} listing every {@link Violation}, each naming its {@link Rule}).
 *
 * <p>What it does to the connection: it calls {@code test}, resolves every operation's fields and
 * every pick list, polls each polling trigger from the start until it has nothing more (at most
 * {@link #maxPolls(int)} polls) and once more, and executes actions only with input that must be
 * refused (missing required fields, or values of the wrong kind), plus the valid inputs a test
 * gives with {@link #actionInput(String, Map)}. Webhook triggers are not subscribed.
 *
 * <p>Not thread-safe: one instance per check.
 */
public final class ConnectorContract {
  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  private final Connector connector;
  private final Connection connection;
  private final Map<String, Map<String, Object>> actionInputs = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> triggerInputs = new HashMap<>();
  private final List<Violation> violations = new ArrayList<>();
  private int maxPolls = 50;

  private ConnectorContract(Connector connector, Connection connection) {
    this.connector = Objects.requireNonNull(connector, "connector");
    this.connection = Objects.requireNonNull(connection, "connection");
  }

  /**
   * Checks every rule and fails with all the violations at once.
   *
   * @param connection a working connection (for a connector without connection fields, {@code
   *     connector.connect(Map.of())})
   * @throws AssertionError listing each violation as {@code [rule] where: what}
   */
  public static void verify(Connector connector, Connection connection) {
    of(connector, connection).verify();
  }

  /** A check to configure before {@link #verify()}. */
  public static ConnectorContract of(Connector connector, Connection connection) {
    return new ConnectorContract(connector, connection);
  }

  /**
   * A valid input for an action: the kit executes it once and checks its output (not {@code null},
   * only declared output fields, plain values).
   */
  public ConnectorContract actionInput(String actionId, Map<String, Object> input) {
    actionInputs.put(actionId, Map.copyOf(input));
    return this;
  }

  /** The input a polling trigger is polled with; empty unless given. */
  public ConnectorContract triggerInput(String triggerId, Map<String, Object> input) {
    triggerInputs.put(triggerId, Map.copyOf(input));
    return this;
  }

  /** How many polls draining a trigger may take before the kit stops following the cursor. */
  public ConnectorContract maxPolls(int maxPolls) {
    if (maxPolls < 1) {
      throw new IllegalArgumentException("maxPolls must be at least 1, got " + maxPolls);
    }
    this.maxPolls = maxPolls;
    return this;
  }

  /**
   * Checks every rule.
   *
   * @throws AssertionError listing each violation, when there is any
   */
  public void verify() {
    List<Violation> found = violations();
    if (!found.isEmpty()) {
      throw new AssertionError(
          "Connector '"
              + connector.getClass().getName()
              + "' breaks the contract "
              + found.size()
              + (found.size() == 1 ? " time" : " times")
              + ":\n"
              + found.stream().map(v -> "  " + v).collect(Collectors.joining("\n")));
    }
  }

  /** Checks every rule and returns what broke them, in the order found; empty when none. */
  public List<Violation> violations() {
    violations.clear();
    String name = "connector";
    call(
        name + " test(connection)",
        () -> {
          connector.test(connection);
          return Boolean.TRUE;
        });
    String id = call(name + " id()", connector::id);
    call(name + " title()", connector::title);
    if (id != null && !SNAKE_CASE.matcher(id).matches()) {
      add(Rule.IDS_UNIQUE_AND_STABLE, name, "id '" + id + "' is not lower snake case");
    }
    Set<String> pickListNames = checkPickLists();
    List<Field> connectionFields = call(name + " connectionFields()", connector::connectionFields);
    if (connectionFields != null) {
      checkFields(name + " connection", connectionFields, pickListNames, true);
    }
    List<Action> actions = operations("actions()", connector::actions);
    List<Trigger> triggers = operations("triggers()", connector::triggers);
    for (Action action : actions) {
      checkOperation("action '" + action.id() + "'", action, pickListNames);
    }
    for (Trigger trigger : triggers) {
      checkOperation("trigger '" + trigger.id() + "'", trigger, pickListNames);
    }
    checkManifest();
    for (Action action : actions) {
      checkBadInput(action);
      Map<String, Object> input = actionInputs.get(action.id());
      if (input != null) {
        checkRun(action, input);
      }
    }
    for (String unknown : actionInputs.keySet()) {
      if (actions.stream().noneMatch(a -> a.id().equals(unknown))) {
        throw new IllegalArgumentException(
            "actionInput names no action of the connector: " + unknown);
      }
    }
    for (Trigger trigger : triggers) {
      if (trigger instanceof PollingTrigger polling) {
        checkCursor(polling, triggerInputs.getOrDefault(trigger.id(), Map.of()));
      }
    }
    return List.copyOf(violations);
  }

  private <T extends Operation> List<T> operations(String method, Supplier<List<T>> list) {
    String where = "connector " + method;
    List<T> first = call(where, list);
    List<T> second = call(where, list);
    if (first == null) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    for (T operation : first) {
      if (operation == null) {
        add(Rule.NO_NULL_RETURNS, where, "the list holds null");
        continue;
      }
      String id = call(where + " id()", operation::id);
      if (id == null) {
        add(Rule.NO_NULL_RETURNS, where, "an operation's id() returned null");
        continue;
      }
      if (!SNAKE_CASE.matcher(id).matches()) {
        add(Rule.IDS_UNIQUE_AND_STABLE, where, "id '" + id + "' is not lower snake case");
      }
      if (ids.contains(id)) {
        add(Rule.IDS_UNIQUE_AND_STABLE, where, "id '" + id + "' is used twice");
      }
      ids.add(id);
    }
    if (second != null && !ids(second).equals(ids(first))) {
      add(
          Rule.IDS_UNIQUE_AND_STABLE,
          where,
          "two calls listed " + ids(first) + " then " + ids(second));
    }
    return first.stream().filter(o -> o != null && o.id() != null).toList();
  }

  private static List<String> ids(List<? extends Operation> operations) {
    return operations.stream().map(o -> o == null ? null : o.id()).toList();
  }

  private Set<String> checkPickLists() {
    Set<String> names = new HashSet<>();
    List<PickList> pickLists = call("connector pickLists()", connector::pickLists);
    if (pickLists == null) {
      return names;
    }
    for (PickList pickList : pickLists) {
      String name = call("pick list name()", pickList::name);
      if (name == null) {
        add(Rule.NO_NULL_RETURNS, "pick list", "name() returned null");
        continue;
      }
      String where = "pick list '" + name + "'";
      if (!names.add(name)) {
        add(Rule.IDS_UNIQUE_AND_STABLE, where, "the name is used twice");
      }
      call(where + " options(null)", () -> pickList.options(null));
      List<PickOption> options =
          call(where + " options(connection)", () -> pickList.options(connection));
      if (options != null && options.stream().anyMatch(Objects::isNull)) {
        add(Rule.NO_NULL_RETURNS, where, "options(connection) holds null");
      }
    }
    return names;
  }

  private void checkOperation(String where, Operation operation, Set<String> pickListNames) {
    String title = call(where + " title()", operation::title);
    String help = call(where + " help()", operation::help);
    if (title != null && title.isBlank()) {
      add(Rule.FIELDS_TYPED_LABELLED_DOCUMENTED, where, "the title is blank");
    }
    if (help != null && help.isBlank()) {
      add(
          Rule.FIELDS_TYPED_LABELLED_DOCUMENTED,
          where,
          "help() is empty: say what it does in a sentence");
    }
    for (Connection resolving : new Connection[] {null, connection}) {
      String with = resolving == null ? " (no connection)" : "";
      List<Field> inputs = call(where + " inputFields", () -> operation.inputFields(resolving));
      List<Field> outputs = call(where + " outputFields", () -> operation.outputFields(resolving));
      if (inputs != null) {
        checkFields(where + " input" + with, inputs, pickListNames, true);
      }
      if (outputs != null) {
        checkFields(where + " output" + with, outputs, pickListNames, false);
      }
    }
    List<Field> again = call(where + " inputFields", () -> operation.inputFields(connection));
    List<Field> first = call(where + " inputFields", () -> operation.inputFields(connection));
    if (again != null && first != null && !names(again).equals(names(first))) {
      add(
          Rule.IDS_UNIQUE_AND_STABLE,
          where,
          "two calls of inputFields gave " + names(first) + " then " + names(again));
    }
    Map<String, Object> sample = call(where + " sampleOutput()", operation::sampleOutput);
    List<Field> outputs = call(where + " outputFields", () -> operation.outputFields(connection));
    if (sample != null && outputs != null) {
      checkValues(where + " sample output", sample, outputs);
    }
  }

  private void checkFields(
      String where, List<Field> fields, Set<String> pickListNames, boolean input) {
    Set<String> seen = new HashSet<>();
    for (Field field : fields) {
      if (field == null) {
        add(Rule.NO_NULL_RETURNS, where, "the field list holds null");
        continue;
      }
      String at = where + " field '" + field.name() + "'";
      if (!seen.add(field.name())) {
        add(Rule.IDS_UNIQUE_AND_STABLE, at, "the name is used twice in one list");
      }
      if (field.label().isBlank()) {
        add(Rule.FIELDS_TYPED_LABELLED_DOCUMENTED, at, "the label is blank");
      }
      if (input && !field.readOnly() && field.hint().isBlank()) {
        add(Rule.FIELDS_TYPED_LABELLED_DOCUMENTED, at, "an input has no hint: say what to enter");
      }
      if (field.type() == FieldType.ARRAY && field.of() == null) {
        add(
            Rule.FIELDS_TYPED_LABELLED_DOCUMENTED,
            at,
            "an array field does not say what it holds (of)");
      }
      if (field.pickList() != null && !pickListNames.contains(field.pickList())) {
        add(
            Rule.FIELDS_TYPED_LABELLED_DOCUMENTED,
            at,
            "names pick list '" + field.pickList() + "', which the connector does not have");
      }
      if (field.toggleField() != null) {
        checkFields(at + " toggle", List.of(field.toggleField()), pickListNames, input);
      }
      checkFields(at, field.properties(), pickListNames, false);
    }
  }

  private void checkManifest() {
    String where = "manifest";
    String manifest = call(where, () -> Manifest.describe(connector, connection));
    String again = call(where, () -> Manifest.describe(connector, connection));
    if (manifest == null || again == null) {
      add(Rule.MANIFEST_ROUND_TRIPS, where, "describe(connector, connection) failed");
      return;
    }
    if (!manifest.equals(again)) {
      add(Rule.MANIFEST_ROUND_TRIPS, where, "two calls of describe gave different text");
    }
    try {
      Json.parseObject(manifest);
    } catch (IllegalArgumentException e) {
      add(Rule.MANIFEST_ROUND_TRIPS, where, "not JSON: " + e.getMessage());
    }
    List<Field> fields = new ArrayList<>(orEmpty(call(where, connector::connectionFields)));
    for (Operation operation : allOperations()) {
      fields.addAll(orEmpty(call(where, () -> operation.inputFields(connection))));
      fields.addAll(orEmpty(call(where, () -> operation.outputFields(connection))));
    }
    for (Field field : fields) {
      if (field == null) {
        continue;
      }
      try {
        Field read = Manifest.readField(Json.parse(Json.compact(Manifest.writeField(field))));
        if (!read.equals(field)) {
          add(
              Rule.MANIFEST_ROUND_TRIPS,
              "field '" + field.name() + "'",
              "reads back as " + read + ", not " + field);
        }
      } catch (RuntimeException e) {
        add(
            Rule.MANIFEST_ROUND_TRIPS,
            "field '" + field.name() + "'",
            "does not read back: " + e.getMessage());
      }
    }
  }

  private List<Operation> allOperations() {
    List<Operation> all = new ArrayList<>(orEmpty(call("connector actions()", connector::actions)));
    all.addAll(orEmpty(call("connector triggers()", connector::triggers)));
    all.removeIf(Objects::isNull);
    return all;
  }

  private void checkBadInput(Action action) {
    String where = "action '" + action.id() + "'";
    List<Field> inputs =
        orEmpty(call(where + " inputFields", () -> action.inputFields(connection)));
    List<Field> required =
        inputs.stream().filter(f -> f != null && !f.optional() && !f.readOnly()).toList();
    if (!required.isEmpty()) {
      expectRefusal(action, where, "an empty input", new HashMap<>(), names(required));
      Map<String, Object> wrongKind = new LinkedHashMap<>();
      for (Field field : required) {
        wrongKind.put(field.name(), wrongKind(field));
      }
      expectRefusal(
          action,
          where,
          "values of the wrong kind " + Json.compact(wrongKind),
          wrongKind,
          names(required));
      return;
    }
    for (Field field : inputs) {
      if (field != null && !field.readOnly() && scalar(field.type())) {
        Map<String, Object> input = Map.of(field.name(), wrongKind(field));
        expectRefusal(
            action,
            where,
            "a value of the wrong kind " + Json.compact(input),
            input,
            List.of(field.name()));
        return;
      }
    }
  }

  /**
   * Expects an {@link InputException} naming one of the {@code inputs}, or a connection field (the
   * connection cannot run the action, e.g. a partner connection and a vendor-only action).
   */
  private void expectRefusal(
      Action action, String where, String what, Map<String, Object> input, List<String> inputs) {
    List<String> fields = new ArrayList<>(inputs);
    fields.addAll(
        names(orEmpty(call("connector connectionFields()", connector::connectionFields))));
    try {
      Map<String, Object> output = action.execute(connection, input);
      add(
          Rule.BAD_INPUT_NAMES_THE_FIELD,
          where,
          "accepted "
              + what
              + " and returned "
              + output
              + "; expected an InputException naming one of "
              + fields);
    } catch (InputException e) {
      String field = e.field() == null ? "" : e.field();
      boolean named =
          fields.stream()
              .anyMatch(
                  f -> field.equals(f) || field.startsWith(f + ".") || field.startsWith(f + "["));
      if (!named) {
        add(
            Rule.BAD_INPUT_NAMES_THE_FIELD,
            where,
            "refused " + what + " naming field '" + field + "', not one of " + fields);
      }
    } catch (ConnectorException e) {
      add(
          Rule.BAD_INPUT_NAMES_THE_FIELD,
          where,
          "refused "
              + what
              + " with "
              + e.getClass().getSimpleName()
              + " ("
              + e.getMessage()
              + "); expected an InputException naming one of "
              + fields);
    } catch (RuntimeException e) {
      add(
          Rule.ERRORS_IN_SPI_HIERARCHY,
          where + " execute",
          "threw "
              + e.getClass().getName()
              + " ("
              + e.getMessage()
              + ") for "
              + what
              + "; connectors throw ConnectorException or a subclass");
    }
  }

  private void checkRun(Action action, Map<String, Object> input) {
    String where = "action '" + action.id() + "'";
    Map<String, Object> output =
        call(where + " execute", () -> action.execute(connection, new HashMap<>(input)));
    List<Field> outputs = call(where + " outputFields", () -> action.outputFields(connection));
    if (output != null && outputs != null) {
      checkValues(where + " output", output, outputs);
    }
  }

  private void checkCursor(PollingTrigger trigger, Map<String, Object> input) {
    String where = "trigger '" + trigger.id() + "'";
    Set<String> delivered = new HashSet<>();
    List<Field> outputs =
        orEmpty(call(where + " outputFields", () -> trigger.outputFields(connection)));
    String cursor = null;
    boolean more = true;
    for (int poll = 0; more && poll < maxPolls; poll++) {
      String from = cursor;
      PollResult result =
          call(where + " poll", () -> trigger.poll(connection, new HashMap<>(input), from));
      if (result == null) {
        return;
      }
      for (Map<String, Object> event : result.events()) {
        String key = call(where + " dedupKey", () -> trigger.dedupKey(event));
        if (key == null) {
          add(Rule.NO_NULL_RETURNS, where, "dedupKey returned null for " + event);
          continue;
        }
        if (!delivered.add(key)) {
          add(
              Rule.CURSORS_MOVE_FORWARD,
              where,
              "event " + key + " was delivered twice while following the cursor");
        }
        checkValues(where + " event", event, outputs);
      }
      if (result.nextCursor() == null && !result.events().isEmpty() && cursor == null) {
        add(
            Rule.CURSORS_MOVE_FORWARD,
            where,
            "delivered events without a cursor: the next poll would repeat them");
      }
      if (result.nextCursor() != null) {
        Object back = Json.parse(Json.compact(result.nextCursor()));
        if (!result.nextCursor().equals(back)) {
          add(
              Rule.CURSORS_MOVE_FORWARD,
              where,
              "the cursor does not survive JSON: " + result.nextCursor());
        }
        cursor = result.nextCursor();
      }
      more = result.canPollMore();
    }
    String last = cursor;
    PollResult again =
        call(where + " poll", () -> trigger.poll(connection, new HashMap<>(input), last));
    if (again != null) {
      for (Map<String, Object> event : again.events()) {
        String key = call(where + " dedupKey", () -> trigger.dedupKey(event));
        if (key != null && delivered.contains(key)) {
          add(
              Rule.CURSORS_MOVE_FORWARD,
              where,
              "polling again from cursor " + last + " delivered " + key + " again");
        }
      }
    }
  }

  /** Checks a record's keys against declared fields (recursively) and its values' types. */
  private void checkValues(String where, Map<?, ?> record, List<Field> declared) {
    Map<String, Field> byName = new HashMap<>();
    for (Field field : declared) {
      if (field != null) {
        byName.put(field.name(), field);
      }
    }
    for (Map.Entry<?, ?> entry : record.entrySet()) {
      String key = String.valueOf(entry.getKey());
      Field field = byName.get(key);
      if (field == null) {
        add(
            Rule.OUTPUTS_DECLARED,
            where,
            "'"
                + key
                + "' is not a declared output field (declared: "
                + byName.keySet().stream().sorted().toList()
                + ")");
        continue;
      }
      checkValue(where + "." + key, entry.getValue(), field);
    }
  }

  private void checkValue(String where, Object value, Field field) {
    if (value == null) {
      return;
    }
    if (value instanceof Map<?, ?> map) {
      if (!field.properties().isEmpty()) {
        checkValues(where, map, field.properties());
      }
      return;
    }
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> map && !field.properties().isEmpty()) {
          checkValues(where + "[]", map, field.properties());
        } else if (item != null && !plain(item)) {
          add(
              Rule.OUTPUTS_DECLARED,
              where,
              "holds a " + item.getClass().getName() + ", not a plain SPI value");
        }
      }
      return;
    }
    if (!plain(value)) {
      add(
          Rule.OUTPUTS_DECLARED,
          where,
          "is a " + value.getClass().getName() + ", not a plain SPI value");
    }
  }

  private static boolean plain(Object value) {
    return value instanceof String
        || value instanceof Boolean
        || value instanceof BigDecimal
        || value instanceof Integer
        || value instanceof Long
        || value instanceof LocalDate
        || value instanceof Instant
        || value instanceof OffsetDateTime
        || value instanceof Map
        || value instanceof Iterable;
  }

  private static boolean scalar(FieldType type) {
    return type == FieldType.NUMBER
        || type == FieldType.INTEGER
        || type == FieldType.BOOLEAN
        || type == FieldType.DATE
        || type == FieldType.DATE_TIME;
  }

  /** A value no field of that type accepts: a structure for a scalar, a flag for a structure. */
  private static Object wrongKind(Field field) {
    return field.type() == FieldType.OBJECT || field.type() == FieldType.ARRAY
        ? Boolean.TRUE
        : Map.of("unexpected", List.of("structure"));
  }

  private static List<String> names(List<Field> fields) {
    return fields.stream().filter(Objects::nonNull).map(Field::name).toList();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /**
   * Runs one call of the connector: a null return breaks {@link Rule#NO_NULL_RETURNS}; a {@link
   * ConnectorException} means the connector could not work with the connection ({@link
   * Rule#CONNECTION_WORKS}); any other exception breaks the error hierarchy. Returns {@code null}
   * when there is no usable value.
   */
  private <T> T call(String where, Supplier<T> body) {
    try {
      T value = body.get();
      if (value == null) {
        add(Rule.NO_NULL_RETURNS, where, "returned null");
      }
      return value;
    } catch (ConnectorException e) {
      add(Rule.CONNECTION_WORKS, where, "failed: " + e.getMessage());
      return null;
    } catch (RuntimeException e) {
      add(
          Rule.ERRORS_IN_SPI_HIERARCHY,
          where,
          "threw "
              + e.getClass().getName()
              + " ("
              + e.getMessage()
              + "); connectors throw ConnectorException or a subclass");
      return null;
    }
  }

  private void add(Rule rule, String where, String detail) {
    Violation violation = new Violation(rule, where, detail);
    if (!violations.contains(violation)) {
      violations.add(violation);
    }
  }
}
