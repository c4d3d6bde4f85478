package dev.cprops.connector.internal.fields;

import dev.cprops.connector.client.PropertyAccess;
import dev.cprops.connector.client.PropertyDefinition;
import dev.cprops.connector.client.PropertyOption;
import dev.cprops.connector.client.PropertyType;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.PickOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns property definitions into {@link Field}s: one field per property, named by its {@code
 * api_name}, typed by the table in {@code architecture.md}. Actions nest them under an object field
 * {@value #META} ({@link #meta(List)}), mirroring the API body and its error paths ({@code
 * meta.mrr}).
 *
 * <ul>
 *   <li>Archived definitions never appear; fields are ordered by position, then label.
 *   <li>A {@linkplain ConnectionKind#VENDOR vendor} connection gets every property as an input and
 *       an output; a {@linkplain ConnectionKind#PARTNER partner} connection gets only {@code
 *       editable} properties as inputs, and {@code editable} plus {@code read_only} ones as outputs
 *       (the {@code read_only} ones flagged read-only).
 *   <li>Inputs: dropdowns are selects with their options inline, countries selects on the {@value
 *       #COUNTRIES} pick list ({@link Countries#pickOptions()}), checkboxes checkboxes; each of the
 *       three has a text toggle field so a builder can map free text or a datapill. Every input's
 *       hint shows the expected format, after the property's help text. On create, a required
 *       property is not optional.
 *   <li>Outputs are typed datapills: checkbox boolean, currency and number number, date date, the
 *       rest string.
 * </ul>
 *
 * Immutable and thread-safe; the format hints are built once per settings.
 */
public final class PropertyFields {
  /** The name of the object field that holds the property fields. */
  public static final String META = "meta";

  /** The name of the pick list of countries. */
  public static final String COUNTRIES = "countries";

  private static final String SELECT_HINT = "Select from list";
  private static final String CUSTOM_HINT = "Use custom value";
  private static final Comparator<PropertyDefinition> ORDER =
      Comparator.comparingInt(PropertyDefinition::position)
          .thenComparing(PropertyDefinition::label)
          .thenComparing(PropertyDefinition::apiName);

  private final Map<PropertyType, String> hints = new EnumMap<>(PropertyType.class);
  private final Map<PropertyType, String> toggleHints = new EnumMap<>(PropertyType.class);
  private final boolean roundCurrency;

  public PropertyFields(CoercionSettings settings) {
    Objects.requireNonNull(settings, "settings");
    boolean lenient = settings.lenient();
    this.roundCurrency = settings.roundCurrency();
    hints.put(PropertyType.INPUT, "Text, up to 255 characters.");
    hints.put(PropertyType.TEXTAREA, "Text, up to 10 000 characters.");
    hints.put(PropertyType.REGION, "A state, province or city, up to 255 characters.");
    hints.put(PropertyType.EMAIL, "An email address, e.g. ana@example.com.");
    hints.put(PropertyType.DROPDOWN, "");
    hints.put(PropertyType.CHECKBOX, "");
    hints.put(PropertyType.COUNTRY, "");
    hints.put(
        PropertyType.DATE,
        lenient && !settings.datePatterns().isEmpty()
            ? "YYYY-MM-DD, or " + String.join(" or ", settings.datePatterns()) + " as configured."
            : "YYYY-MM-DD.");
    hints.put(PropertyType.NUMBER, "A number, e.g. 1200.5.");
    hints.put(
        PropertyType.URL,
        lenient
            ? "An http or https URL; a bare domain such as acme.com gets https://."
            : "An http or https URL, e.g. https://acme.com.");
    hints.put(
        PropertyType.PHONE,
        lenient
            ? "E.164, e.g. +14155550100; national numbers are read as "
                + settings.defaultRegion()
                + "."
            : "E.164, e.g. +14155550100.");
    toggleHints.put(
        PropertyType.DROPDOWN,
        lenient
            ? "An option value or label (any case)."
            : "An option value, or a label (any case).");
    toggleHints.put(
        PropertyType.CHECKBOX,
        lenient ? "true or false (also yes/no, y/n, 1/0, on/off)." : "true or false.");
    toggleHints.put(
        PropertyType.COUNTRY,
        lenient
            ? "An ISO code or country name, e.g. US, USA or United States."
            : "An ISO 3166-1 alpha-2 code or English name, e.g. US or United States.");
  }

  /** Inputs for creating a customer: a required property is not optional. */
  public List<Field> createInputs(List<PropertyDefinition> definitions, ConnectionKind kind) {
    return inputs(definitions, kind, true);
  }

  /** Inputs for updating a customer: every property is optional. */
  public List<Field> updateInputs(List<PropertyDefinition> definitions, ConnectionKind kind) {
    return inputs(definitions, kind, false);
  }

  /** Outputs: the typed datapills of the properties the connection may read. */
  public List<Field> outputs(List<PropertyDefinition> definitions, ConnectionKind kind) {
    List<Field> fields = new ArrayList<>(definitions.size());
    for (PropertyDefinition definition : visible(definitions)) {
      if (kind.reads(definition.access())) {
        fields.add(output(definition, kind));
      }
    }
    return List.copyOf(fields);
  }

  /** The property fields nested in the {@value #META} object field. */
  public static Field meta(List<Field> propertyFields) {
    return Field.builder(META, FieldType.OBJECT)
        .label("Customer properties")
        .hint(
            "One value per property; leave a property out to keep its value, map null to clear it.")
        .properties(propertyFields)
        .build();
  }

  private List<Field> inputs(
      List<PropertyDefinition> definitions, ConnectionKind kind, boolean create) {
    List<Field> fields = new ArrayList<>(definitions.size());
    for (PropertyDefinition definition : visible(definitions)) {
      if (kind.writes(definition.access())) {
        fields.add(input(definition, create && definition.required()));
      }
    }
    return List.copyOf(fields);
  }

  private static List<PropertyDefinition> visible(List<PropertyDefinition> definitions) {
    List<PropertyDefinition> visible = new ArrayList<>(definitions.size());
    for (PropertyDefinition definition : definitions) {
      if (!definition.archived()) {
        visible.add(definition);
      }
    }
    visible.sort(ORDER);
    return visible;
  }

  private Field input(PropertyDefinition definition, boolean required) {
    PropertyType type = definition.type();
    Field.Builder field =
        Field.builder(definition.apiName(), inputType(type))
            .label(definition.label())
            .controlType(controlType(type))
            .optional(!required)
            .sticky(required)
            .hint(hint(definition));
    switch (type) {
      case DROPDOWN -> field.options(options(definition.options()));
      case COUNTRY -> field.pickList(COUNTRIES);
      default -> {}
    }
    if (type == PropertyType.DROPDOWN
        || type == PropertyType.COUNTRY
        || type == PropertyType.CHECKBOX) {
      Field toggle =
          Field.builder(definition.apiName(), FieldType.STRING)
              .label(definition.label())
              .controlType(ControlType.TEXT)
              .optional(!required)
              .hint(toggleHints.get(type))
              .toggle(CUSTOM_HINT, null)
              .build();
      field.toggle(SELECT_HINT, toggle);
    }
    return field.build();
  }

  private static Field output(PropertyDefinition definition, ConnectionKind kind) {
    return Field.builder(definition.apiName(), outputType(definition.type()))
        .label(definition.label())
        .hint(definition.helpText())
        .readOnly(kind == ConnectionKind.PARTNER && definition.access() == PropertyAccess.READ_ONLY)
        .build();
  }

  private String hint(PropertyDefinition definition) {
    String format =
        definition.type() == PropertyType.CURRENCY
            ? currencyHint(definition.currency())
            : hints.get(definition.type());
    String help = definition.helpText().strip();
    if (help.isEmpty()) {
      return format;
    }
    if (format.isEmpty()) {
      return help;
    }
    return help + " " + format;
  }

  private String currencyHint(String currency) {
    String code = currency == null ? "USD" : currency;
    return "An amount in "
        + code
        + ", e.g. 1200.50"
        + (roundCurrency ? "; rounded to 2 decimal places." : "; at most 2 decimal places.");
  }

  private static List<PickOption> options(List<PropertyOption> options) {
    List<PickOption> pick = new ArrayList<>(options.size());
    for (PropertyOption option : options) {
      pick.add(new PickOption(option.label(), option.value()));
    }
    return pick;
  }

  /** The field type of an input (what the editor collects). */
  static FieldType inputType(PropertyType type) {
    return outputType(type);
  }

  /** The datapill type of an output. */
  static FieldType outputType(PropertyType type) {
    return switch (type) {
      case CHECKBOX -> FieldType.BOOLEAN;
      case CURRENCY, NUMBER -> FieldType.NUMBER;
      case DATE -> FieldType.DATE;
      default -> FieldType.STRING;
    };
  }

  static ControlType controlType(PropertyType type) {
    return switch (type) {
      case INPUT, REGION -> ControlType.TEXT;
      case EMAIL -> ControlType.EMAIL;
      case TEXTAREA -> ControlType.TEXT_AREA;
      case DROPDOWN, COUNTRY -> ControlType.SELECT;
      case CHECKBOX -> ControlType.CHECKBOX;
      case DATE -> ControlType.DATE;
      case CURRENCY, NUMBER -> ControlType.NUMBER;
      case URL -> ControlType.URL;
      case PHONE -> ControlType.PHONE;
    };
  }
}
