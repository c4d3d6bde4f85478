package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.PropertyAccess;
import dev.cprops.connector.client.PropertyDefinition;
import dev.cprops.connector.client.PropertyOption;
import dev.cprops.connector.client.PropertyType;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Inputs;
import dev.cprops.connector.spi.PickOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Property definitions as action inputs and outputs. */
public final class DefinitionFields {
  static final String API_NAME = "api_name";
  private static final String TYPES =
      String.join(", ", Arrays.stream(PropertyType.values()).map(PropertyType::apiName).toList());
  private static final String ACCESS_LEVELS =
      String.join(
          ", ", Arrays.stream(PropertyAccess.values()).map(PropertyAccess::apiName).toList());

  private DefinitionFields() {}

  /** The output fields of one definition. */
  public static List<Field> outputs() {
    return List.of(
        text("key", "Property ID", "The property's ID."),
        text(API_NAME, "API name", "The property's key in customer meta."),
        text("label", "Label", "What people see."),
        text("type", "Type", "The kind of value."),
        text("access", "Access", "Who may see and edit it."),
        Field.builder("options", FieldType.ARRAY)
            .label("Options")
            .of(FieldType.OBJECT)
            .properties(
                List.of(
                    text("label", "Label", "What people pick, e.g. Pro."),
                    text("value", "Value", "What is stored, e.g. pro.")))
            .build(),
        Field.builder("required", FieldType.BOOLEAN).label("Required").build(),
        text("help_text", "Help text", "Shown under the field in the dashboard."),
        Field.builder("position", FieldType.INTEGER).label("Position").build(),
        text("currency", "Currency", "Currency properties: the ISO 4217 code."),
        Field.builder("archived", FieldType.BOOLEAN).label("Archived").build(),
        Field.builder("created_at", FieldType.DATE_TIME).label("Created at").build(),
        Field.builder("updated_at", FieldType.DATE_TIME).label("Updated at").build());
  }

  /**
   * The input fields describing a definition's attributes.
   *
   * @param create whether label and type are required (a create) or every field optional
   */
  public static List<Field> inputs(boolean create) {
    List<Field> fields = new ArrayList<>();
    fields.add(
        Field.builder(API_NAME, FieldType.STRING)
            .label("API name")
            .optional(create)
            .hint(
                create
                    ? "Lower snake case, e.g. subscription_plan; derived from the label when empty."
                    : "The api_name of the property to change.")
            .build());
    fields.add(
        Field.builder("label", FieldType.STRING)
            .label("Label")
            .optional(!create)
            .hint("What people see, e.g. Subscription Plan.")
            .build());
    fields.add(
        Field.builder("type", FieldType.STRING)
            .label("Type")
            .controlType(ControlType.SELECT)
            .optional(!create)
            .options(
                Arrays.stream(PropertyType.values())
                    .map(t -> new PickOption(t.apiName(), t.apiName()))
                    .toList())
            .hint("The kind of value; it cannot change once values are stored.")
            .build());
    fields.add(
        Field.builder("access", FieldType.STRING)
            .label("Access")
            .controlType(ControlType.SELECT)
            .hint("Who may see and edit it; default editable.")
            .options(
                Arrays.stream(PropertyAccess.values())
                    .map(a -> new PickOption(a.apiName(), a.apiName()))
                    .toList())
            .build());
    fields.add(
        Field.builder("options", FieldType.ARRAY)
            .label("Options")
            .of(FieldType.OBJECT)
            .hint("Dropdowns only: the choices, each a label and a value.")
            .properties(
                List.of(
                    text("label", "Label", "What people pick, e.g. Pro."),
                    text("value", "Value", "What is stored, e.g. pro.")))
            .build());
    fields.add(
        Field.builder("required", FieldType.BOOLEAN)
            .label("Required")
            .controlType(ControlType.CHECKBOX)
            .hint("Whether every customer must have a value.")
            .build());
    fields.add(text("help_text", "Help text", "Shown under the field in the dashboard."));
    fields.add(
        Field.builder("position", FieldType.INTEGER)
            .label("Position")
            .hint("Where it appears in lists, from 0; default last.")
            .build());
    fields.add(
        Field.builder("currency", FieldType.STRING)
            .label("Currency")
            .hint("Currency properties only: an ISO 4217 code; default USD.")
            .build());
    return List.copyOf(fields);
  }

  /** The output of one definition. */
  public static Map<String, Object> of(PropertyDefinition d) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("key", d.key());
    out.put(API_NAME, d.apiName());
    out.put("label", d.label());
    out.put("type", d.type().apiName());
    out.put("access", d.access().apiName());
    List<Map<String, Object>> options = new ArrayList<>();
    for (PropertyOption o : d.options()) {
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("label", o.label());
      option.put("value", o.value());
      options.add(option);
    }
    out.put("options", options);
    out.put("required", d.required());
    out.put("help_text", d.helpText());
    out.put("position", d.position());
    out.put("currency", d.currency());
    out.put("archived", d.archived());
    out.put("created_at", CustomerOutput.time(d.createdAt()));
    out.put("updated_at", CustomerOutput.time(d.updatedAt()));
    return out;
  }

  /** A definition as the editor shows it before any run. */
  public static Map<String, Object> sample() {
    return of(
        new PropertyDefinition(
            "cprop_7Hq2",
            "subscription_plan",
            "Subscription Plan",
            PropertyType.DROPDOWN,
            PropertyAccess.EDITABLE,
            List.of(new PropertyOption("Pro", "pro"), new PropertyOption("Starter", "starter")),
            false,
            "The plan the customer pays for.",
            0,
            null,
            false,
            1732400000000L,
            1732400000000L));
  }

  /**
   * Reads a desired definition from an input object; absent attributes are left {@code null} in
   * {@link DesiredDefinition}.
   *
   * @param path the object's path for messages, e.g. {@code "properties[2]"} or empty
   * @param create whether label and type are required
   */
  public static DesiredDefinition read(String path, Map<String, ?> input, boolean create) {
    String prefix = path.isEmpty() ? "" : path + ".";
    Optional<String> label = Inputs.string(input, "label");
    if (create && label.isEmpty()) {
      throw new InputException(prefix + "label", null, "a label, e.g. Subscription Plan");
    }
    String apiName =
        Inputs.string(input, API_NAME)
            .or(() -> create ? label.map(DefinitionFields::apiNameOf) : Optional.empty())
            .orElseThrow(
                () ->
                    new InputException(
                        prefix + API_NAME,
                        null,
                        "an api_name in lower snake case, e.g. subscription_plan"));
    if (!apiName.matches("[a-z][a-z0-9_]{0,63}")) {
      throw new InputException(
          prefix + API_NAME, apiName, "lower snake case starting with a letter, e.g. mrr_2024");
    }
    PropertyType type =
        Inputs.string(input, "type")
            .map(
                t ->
                    PropertyType.fromApiName(t.toLowerCase(Locale.ROOT))
                        .orElseThrow(
                            () -> new InputException(prefix + "type", t, "one of " + TYPES)))
            .orElse(null);
    if (create && type == null) {
      throw new InputException(prefix + "type", null, "one of " + TYPES);
    }
    PropertyAccess access =
        Inputs.string(input, "access")
            .map(
                a ->
                    PropertyAccess.fromApiName(a.toLowerCase(Locale.ROOT))
                        .orElseThrow(
                            () ->
                                new InputException(
                                    prefix + "access", a, "one of " + ACCESS_LEVELS)))
            .orElse(null);
    List<PropertyOption> options = null;
    if (input.get("options") != null) {
      options = new ArrayList<>();
      List<Map<String, Object>> items = Inputs.objects(input, "options");
      for (int i = 0; i < items.size(); i++) {
        String at = prefix + "options[" + i + "]";
        String value =
            Inputs.string(items.get(i), "value")
                .orElseThrow(() -> new InputException(at + ".value", null, "an option value"));
        String optionLabel = Inputs.string(items.get(i), "label").orElse(value);
        options.add(new PropertyOption(optionLabel, value));
      }
    }
    Boolean required = input.get("required") == null ? null : Inputs.bool(input, "required", false);
    String helpText =
        input.containsKey("help_text") && input.get("help_text") != null
            ? input.get("help_text").toString()
            : null;
    Integer position =
        Inputs.string(input, "position").isPresent()
            ? Inputs.integer(input, "position", 0, 0, Integer.MAX_VALUE)
            : null;
    String currency =
        Inputs.string(input, "currency").map(c -> c.toUpperCase(Locale.ROOT)).orElse(null);
    return new DesiredDefinition(
        apiName, label.orElse(null), type, access, options, required, helpText, position, currency);
  }

  /** The api_name the server derives from a label: lower snake case. */
  static String apiNameOf(String label) {
    String snake =
        label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    return snake.length() > 64 ? snake.substring(0, 64) : snake;
  }

  private static Field text(String name, String label, String hint) {
    return Field.builder(name, FieldType.STRING).label(label).hint(hint).build();
  }
}
