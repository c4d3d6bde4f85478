package dev.cprops.connector.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestTest {

  /** A small connector with one action whose fields are partly dynamic, and one trigger. */
  static final class FakeConnector implements Connector {
    @Override
    public String id() {
      return "fake";
    }

    @Override
    public String title() {
      return "Fake";
    }

    @Override
    public List<Field> connectionFields() {
      return List.of(
          Field.builder("api_key", FieldType.STRING)
              .controlType(ControlType.PASSWORD)
              .optional(false)
              .label("API key")
              .build());
    }

    @Override
    public void test(Connection connection) {}

    @Override
    public List<Action> actions() {
      return List.of(new UpdateRecord());
    }

    @Override
    public List<Trigger> triggers() {
      return List.of(new NewRecords());
    }

    @Override
    public List<PickList> pickLists() {
      return List.of(PickList.of("colors", List.of(new PickOption("Red", "red"))));
    }
  }

  static final class UpdateRecord implements Action {
    @Override
    public String id() {
      return "update_record";
    }

    @Override
    public String title() {
      return "Update record";
    }

    @Override
    public String help() {
      return "Changes one record.";
    }

    @Override
    public List<Field> inputFields(Connection connection) {
      List<Field> fields = new ArrayList<>();
      fields.add(
          Field.builder("id", FieldType.STRING).optional(false).hint("The record id").build());
      if (connection != null) {
        Field text = Field.builder("color", FieldType.STRING).controlType(ControlType.TEXT).build();
        fields.add(
            Field.builder("color", FieldType.STRING)
                .label("Color")
                .controlType(ControlType.SELECT)
                .pickList("colors")
                .toggle("Select a color", text)
                .sticky(true)
                .build());
        fields.add(
            Field.builder("sizes", FieldType.ARRAY)
                .of(FieldType.OBJECT)
                .properties(List.of(Field.builder("cm", FieldType.NUMBER).build()))
                .options(List.of(new PickOption("Small", "s")))
                .custom(true)
                .build());
      }
      return fields;
    }

    @Override
    public List<Field> outputFields(Connection connection) {
      return List.of(Field.builder("updated_at", FieldType.DATE_TIME).readOnly(true).build());
    }

    @Override
    public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
      return Map.of();
    }

    @Override
    public Map<String, Object> sampleOutput() {
      return Map.of("updated_at", "2024-11-24T00:00:00Z");
    }
  }

  static final class NewRecords implements PollingTrigger {
    @Override
    public String id() {
      return "new_records";
    }

    @Override
    public String title() {
      return "New records";
    }

    @Override
    public String help() {
      return "";
    }

    @Override
    public List<Field> inputFields(Connection connection) {
      return List.of();
    }

    @Override
    public List<Field> outputFields(Connection connection) {
      return List.of(Field.builder("id", FieldType.STRING).build());
    }

    @Override
    public PollResult poll(Connection connection, Map<String, Object> input, String cursor) {
      return new PollResult(List.of(), cursor, false);
    }

    @Override
    public String dedupKey(Map<String, Object> event) {
      return String.valueOf(event.get("id"));
    }
  }

  private final FakeConnector connector = new FakeConnector();

  @Test
  void describe_withoutConnection_listsStaticFieldsAndPickListNames() {
    assertThat(Manifest.describe(connector))
        .isEqualTo(
            """
            {
              "id": "fake",
              "title": "Fake",
              "connection": {
                "fields": [
                  {
                    "name": "api_key",
                    "label": "API key",
                    "type": "string",
                    "control_type": "password",
                    "optional": false
                  }
                ]
              },
              "actions": [
                {
                  "id": "update_record",
                  "title": "Update record",
                  "help": "Changes one record.",
                  "input_fields": [
                    {
                      "name": "id",
                      "label": "id",
                      "type": "string",
                      "optional": false,
                      "hint": "The record id"
                    }
                  ],
                  "output_fields": [
                    {
                      "name": "updated_at",
                      "label": "updated_at",
                      "type": "date_time",
                      "optional": true,
                      "read_only": true
                    }
                  ],
                  "sample_output": {
                    "updated_at": "2024-11-24T00:00:00Z"
                  }
                }
              ],
              "triggers": [
                {
                  "id": "new_records",
                  "title": "New records",
                  "kind": "polling",
                  "input_fields": [],
                  "output_fields": [
                    {
                      "name": "id",
                      "label": "id",
                      "type": "string",
                      "optional": true
                    }
                  ]
                }
              ],
              "pick_lists": [
                {
                  "name": "colors"
                }
              ]
            }""");
  }

  @Test
  void describe_withConnection_resolvesDynamicFieldsAndPickLists() {
    Connection connection = connector.connect(Map.of("api_key", "k"));

    assertThat(Manifest.describe(connector, connection))
        .contains(
            """
                  "input_fields": [
                    {
                      "name": "id",
                      "label": "id",
                      "type": "string",
                      "optional": false,
                      "hint": "The record id"
                    },
                    {
                      "name": "color",
                      "label": "Color",
                      "type": "string",
                      "control_type": "select",
                      "optional": true,
                      "pick_list": "colors",
                      "toggle_hint": "Select a color",
                      "toggle_field": {
                        "name": "color",
                        "label": "color",
                        "type": "string",
                        "control_type": "text",
                        "optional": true
                      },
                      "sticky": true
                    },
                    {
                      "name": "sizes",
                      "label": "sizes",
                      "type": "array",
                      "optional": true,
                      "options": [
                        [
                          "Small",
                          "s"
                        ]
                      ],
                      "properties": [
                        {
                          "name": "cm",
                          "label": "cm",
                          "type": "number",
                          "optional": true
                        }
                      ],
                      "of": "object",
                      "custom": true
                    }
                  ],
            """)
        .endsWith(
            """
              "pick_lists": [
                {
                  "name": "colors",
                  "options": [
                    [
                      "Red",
                      "red"
                    ]
                  ]
                }
              ]
            }""");
  }

  @Test
  void everyField_readsBackAsItWasWritten_throughJsonText() {
    Connection connection = connector.connect(Map.of("api_key", "k"));
    List<Field> fields = new ArrayList<>(connector.connectionFields());
    fields.addAll(new UpdateRecord().inputFields(connection));
    fields.addAll(new UpdateRecord().outputFields(connection));

    for (Field field : fields) {
      Object json = Json.parse(Json.compact(Manifest.writeField(field)));
      assertThat(Manifest.readField(json)).isEqualTo(field);
    }
  }

  @Test
  void readField_namesTheAttributeThatIsWrong() {
    assertThatThrownBy(() -> Manifest.readField(Json.parse("{\"name\":\"a\",\"type\":\"text\"}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("type: unknown field type 'text'");
    assertThatThrownBy(() -> Manifest.readField(Json.parse("{\"type\":\"string\"}")))
        .hasMessage("name is required in a field");
  }

  @Test
  void connection_redactsPasswordFieldsInToString() {
    Connection connection = connector.connect(Map.of("api_key", "super-secret-123"));

    assertThat(connection.toString()).isEqualTo("Connection{api_key=[redacted]}");
    assertThat(connection.string("api_key")).contains("super-secret-123");
  }

  @Test
  void connection_rejectsAMissingRequiredValue_namingTheField() {
    assertThatThrownBy(() -> connector.connect(Map.of("api_key", " ")))
        .isInstanceOf(InputException.class)
        .hasMessage("api_key is required: expected a value for 'API key'");
  }

  @Test
  void connection_createsEachStateOnce() {
    Connection connection = connector.connect(Map.of("api_key", "k"));

    StringBuilder first = connection.state(StringBuilder.class, c -> new StringBuilder("a"));
    StringBuilder second = connection.state(StringBuilder.class, c -> new StringBuilder("b"));

    assertThat(second).isSameAs(first).hasToString("a");
  }
}
