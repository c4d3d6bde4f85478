package dev.cprops.connector.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.Inputs;
import dev.cprops.connector.spi.PickList;
import dev.cprops.connector.spi.PickOption;
import dev.cprops.connector.spi.PollResult;
import dev.cprops.connector.spi.PollingTrigger;
import dev.cprops.connector.spi.Trigger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConnectorContractTest {
  private static final AtomicInteger SAMPLES = new AtomicInteger();

  /** One way each rule can be broken; a connector built with none of them keeps the contract. */
  enum Defect {
    DUPLICATE_ACTION_ID(Rule.IDS_UNIQUE_AND_STABLE),
    UNSTABLE_FIELDS(Rule.IDS_UNIQUE_AND_STABLE),
    INPUT_WITHOUT_HINT(Rule.FIELDS_TYPED_LABELLED_DOCUMENTED),
    NO_HELP(Rule.FIELDS_TYPED_LABELLED_DOCUMENTED),
    UNKNOWN_PICK_LIST(Rule.FIELDS_TYPED_LABELLED_DOCUMENTED),
    UNDECLARED_SAMPLE_OUTPUT(Rule.OUTPUTS_DECLARED),
    CURSOR_GOES_BACK(Rule.CURSORS_MOVE_FORWARD),
    NO_CURSOR(Rule.CURSORS_MOVE_FORWARD),
    ACCEPTS_MISSING_INPUT(Rule.BAD_INPUT_NAMES_THE_FIELD),
    BLAMES_WRONG_FIELD(Rule.BAD_INPUT_NAMES_THE_FIELD),
    THROWS_NPE(Rule.ERRORS_IN_SPI_HIERARCHY),
    NULL_HELP(Rule.NO_NULL_RETURNS),
    NULL_OUTPUT(Rule.NO_NULL_RETURNS),
    UNSTABLE_MANIFEST(Rule.MANIFEST_ROUND_TRIPS);

    final Rule rule;

    Defect(Rule rule) {
      this.rule = rule;
    }
  }

  @Test
  void aConnectorThatKeepsEveryRule_passes() {
    Demo connector = new Demo(EnumSet.noneOf(Defect.class));

    ConnectorContract.of(connector, connector.connect(Map.of("token", "t")))
        .actionInput("greet", Map.of("name", "Ana"))
        .verify();
  }

  @ParameterizedTest
  @EnumSource(Defect.class)
  void aConnectorWithOneDefect_failsNamingItsRule(Defect defect) {
    Demo connector = new Demo(EnumSet.of(defect));
    Connection connection = connector.connect(Map.of("token", "t"));
    ConnectorContract contract =
        ConnectorContract.of(connector, connection).actionInput("greet", Map.of("name", "Ana"));

    assertThat(contract.violations())
        .as("violations of %s", defect)
        .isNotEmpty()
        .extracting(Violation::rule)
        .contains(defect.rule);
    assertThatThrownBy(contract::verify)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[" + defect.rule.id() + "]");
  }

  @Test
  void theMessageSaysWhereAndWhat() {
    Demo connector = new Demo(EnumSet.of(Defect.ACCEPTS_MISSING_INPUT));

    assertThatThrownBy(
            () -> ConnectorContract.verify(connector, connector.connect(Map.of("token", "t"))))
        .hasMessageContaining("breaks the contract")
        .hasMessageContaining(
            "[bad-input-names-the-field] action 'greet': accepted an empty input and returned");
  }

  /** A small connector: one action, one polling trigger over a fixed list, one pick list. */
  static final class Demo implements Connector {
    private final Set<Defect> defects;

    Demo(Set<Defect> defects) {
      this.defects = defects;
    }

    @Override
    public String id() {
      return "demo";
    }

    @Override
    public String title() {
      return "Demo";
    }

    @Override
    public List<Field> connectionFields() {
      return List.of(
          Field.builder("token", FieldType.STRING)
              .label("Token")
              .controlType(ControlType.PASSWORD)
              .optional(false)
              .hint("Your API token")
              .build());
    }

    @Override
    public void test(Connection connection) {}

    @Override
    public List<Action> actions() {
      Greet greet = new Greet(defects);
      return defects.contains(Defect.DUPLICATE_ACTION_ID) ? List.of(greet, greet) : List.of(greet);
    }

    @Override
    public List<Trigger> triggers() {
      return List.of(new Items(defects));
    }

    @Override
    public List<PickList> pickLists() {
      return List.of(PickList.of("tones", List.of(new PickOption("Warm", "warm"))));
    }
  }

  static final class Greet implements Action {
    private final Set<Defect> defects;
    private int calls;

    Greet(Set<Defect> defects) {
      this.defects = defects;
    }

    @Override
    public String id() {
      return "greet";
    }

    @Override
    public String title() {
      return "Greet";
    }

    @Override
    public String help() {
      if (defects.contains(Defect.NULL_HELP)) {
        return null;
      }
      return defects.contains(Defect.NO_HELP) ? "" : "Says hello.";
    }

    @Override
    public List<Field> inputFields(Connection connection) {
      List<Field> fields = new ArrayList<>();
      fields.add(
          Field.builder("name", FieldType.STRING)
              .label("Name")
              .optional(false)
              .hint(defects.contains(Defect.INPUT_WITHOUT_HINT) ? "" : "Who to greet")
              .build());
      fields.add(
          Field.builder("tone", FieldType.STRING)
              .label("Tone")
              .controlType(ControlType.SELECT)
              .pickList(defects.contains(Defect.UNKNOWN_PICK_LIST) ? "moods" : "tones")
              .hint("How to say it")
              .build());
      if (defects.contains(Defect.UNSTABLE_FIELDS) && calls++ % 2 == 1) {
        fields.add(Field.builder("extra", FieldType.STRING).label("Extra").hint("x").build());
      }
      return fields;
    }

    @Override
    public List<Field> outputFields(Connection connection) {
      return List.of(Field.builder("greeting", FieldType.STRING).label("Greeting").build());
    }

    @Override
    public Map<String, Object> sampleOutput() {
      Map<String, Object> sample = new LinkedHashMap<>();
      sample.put("greeting", "Hello, Ana");
      if (defects.contains(Defect.UNSTABLE_MANIFEST)) {
        // A sample that changes on every call makes two manifests of one connector differ.
        sample.put("greeting", "Hello, Ana #" + SAMPLES.incrementAndGet());
      }
      if (defects.contains(Defect.UNDECLARED_SAMPLE_OUTPUT)) {
        sample.put("mood", "cheerful");
      }
      return sample;
    }

    @Override
    public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
      if (defects.contains(Defect.THROWS_NPE)) {
        Object name = input.get("name");
        return Map.of("greeting", "Hello, " + name.toString().strip());
      }
      if (defects.contains(Defect.NULL_OUTPUT)) {
        return null;
      }
      if (defects.contains(Defect.ACCEPTS_MISSING_INPUT)) {
        return Map.of("greeting", "Hello, " + Inputs.string(input, "name", "stranger"));
      }
      String field = defects.contains(Defect.BLAMES_WRONG_FIELD) ? "who" : "name";
      Map<String, Object> renamed = new LinkedHashMap<>(input);
      renamed.put(field, input.get("name"));
      return Map.of(
          "greeting", "Hello, " + Inputs.requiredString(renamed, field, "a name to greet"));
    }
  }

  /** Polls a fixed list of three items, two per page; the cursor is the next index. */
  static final class Items implements PollingTrigger {
    private static final List<String> ITEMS = List.of("a", "b", "c");
    private final Set<Defect> defects;

    Items(Set<Defect> defects) {
      this.defects = defects;
    }

    @Override
    public String id() {
      return "new_items";
    }

    @Override
    public String title() {
      return "New items";
    }

    @Override
    public String help() {
      return "Each item once, oldest first.";
    }

    @Override
    public List<Field> inputFields(Connection connection) {
      return List.of();
    }

    @Override
    public List<Field> outputFields(Connection connection) {
      return List.of(Field.builder("id", FieldType.STRING).label("ID").build());
    }

    @Override
    public PollResult poll(Connection connection, Map<String, Object> input, String cursor) {
      int from = cursor == null ? 0 : Integer.parseInt(cursor);
      if (defects.contains(Defect.CURSOR_GOES_BACK) && from >= ITEMS.size()) {
        from = 1;
      }
      int to = Math.min(from + 2, ITEMS.size());
      List<Map<String, Object>> events = new ArrayList<>();
      for (String item : ITEMS.subList(from, to)) {
        events.add(Map.of("id", item));
      }
      String next = defects.contains(Defect.NO_CURSOR) ? null : Integer.toString(to);
      return new PollResult(events, next, to < ITEMS.size() && next != null);
    }

    @Override
    public String dedupKey(Map<String, Object> event) {
      return event.get("id").toString();
    }
  }
}
