package dev.cprops.connector.internal.fields;

import static dev.cprops.connector.client.PropertyAccess.EDITABLE;
import static dev.cprops.connector.client.PropertyAccess.HIDDEN;
import static dev.cprops.connector.client.PropertyAccess.HIDDEN_EVERYWHERE;
import static dev.cprops.connector.client.PropertyAccess.READ_ONLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cprops.connector.client.PropertyDefinition;
import dev.cprops.connector.client.PropertyType;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.PickOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PropertyFieldsTest {
  private final PropertyFields fields = new PropertyFields(CoercionSettings.ofDefaults());

  private static final List<PropertyDefinition> ALL_ACCESS =
      List.of(
          Definitions.of("editable_one", PropertyType.INPUT, EDITABLE),
          Definitions.of("read_only_one", PropertyType.INPUT, READ_ONLY),
          Definitions.of("hidden_one", PropertyType.INPUT, HIDDEN),
          Definitions.of("hidden_everywhere_one", PropertyType.INPUT, HIDDEN_EVERYWHERE),
          Definitions.archived(Definitions.of("archived_one", PropertyType.INPUT, EDITABLE)));

  @Test
  void vendorConnection_getsAllFourAccessLevels_asInputsAndOutputs_butNoArchived() {
    List<String> names =
        List.of("editable_one", "hidden_everywhere_one", "hidden_one", "read_only_one");
    assertThat(fields.updateInputs(ALL_ACCESS, ConnectionKind.VENDOR))
        .extracting(Field::name)
        .containsExactlyInAnyOrderElementsOf(names);
    assertThat(fields.outputs(ALL_ACCESS, ConnectionKind.VENDOR))
        .extracting(Field::name, Field::readOnly)
        .containsExactlyInAnyOrder(
            tuple("editable_one", false),
            tuple("read_only_one", false),
            tuple("hidden_one", false),
            tuple("hidden_everywhere_one", false));
  }

  @Test
  void partnerConnection_getsEditableInputs_andEditablePlusReadOnlyOutputs_readOnlyFlagged() {
    assertThat(fields.createInputs(ALL_ACCESS, ConnectionKind.PARTNER))
        .extracting(Field::name)
        .containsExactly("editable_one");
    assertThat(fields.outputs(ALL_ACCESS, ConnectionKind.PARTNER))
        .extracting(Field::name, Field::readOnly)
        .containsExactlyInAnyOrder(tuple("editable_one", false), tuple("read_only_one", true));
  }

  @ParameterizedTest(name = "{0}: input {1}/{2}, output {3}")
  @CsvSource({
    "input,    STRING,  TEXT,      STRING",
    "email,    STRING,  EMAIL,     STRING",
    "textarea, STRING,  TEXT_AREA, STRING",
    "dropdown, STRING,  SELECT,    STRING",
    "checkbox, BOOLEAN, CHECKBOX,  BOOLEAN",
    "country,  STRING,  SELECT,    STRING",
    "region,   STRING,  TEXT,      STRING",
    "date,     DATE,    DATE,      DATE",
    "currency, NUMBER,  NUMBER,    NUMBER",
    "number,   NUMBER,  NUMBER,    NUMBER",
    "url,      STRING,  URL,       STRING",
    "phone,    STRING,  PHONE,     STRING",
  })
  void everyType_getsTheTypeAndControlTypeOfTheArchitectureTable(
      String type, FieldType inputType, ControlType control, FieldType outputType) {
    PropertyDefinition definition =
        Definitions.of("p", PropertyType.fromApiName(type).orElseThrow(), EDITABLE);
    Field input = fields.createInputs(List.of(definition), ConnectionKind.VENDOR).get(0);
    Field output = fields.outputs(List.of(definition), ConnectionKind.VENDOR).get(0);
    assertThat(input.type()).isEqualTo(inputType);
    assertThat(input.controlType()).isEqualTo(control);
    assertThat(output.type()).isEqualTo(outputType);
    assertThat(output.controlType()).isNull();
  }

  @Test
  void dropdown_carriesItsOptionsInline_andATextToggle() {
    Field field =
        fields
            .createInputs(
                List.of(Definitions.of("plan", PropertyType.DROPDOWN, EDITABLE)),
                ConnectionKind.VENDOR)
            .get(0);
    assertThat(field.options())
        .containsExactly(new PickOption("Pro", "pro"), new PickOption("Basic", "basic"));
    assertThat(field.pickList()).isNull();
    assertThat(field.toggleHint()).isEqualTo("Select from list");
    assertThat(field.toggleField().name()).isEqualTo("plan");
    assertThat(field.toggleField().type()).isEqualTo(FieldType.STRING);
    assertThat(field.toggleField().controlType()).isEqualTo(ControlType.TEXT);
    assertThat(field.toggleField().toggleHint()).isEqualTo("Use custom value");
    assertThat(field.toggleField().hint()).isEqualTo("An option value or label (any case).");
  }

  @Test
  void country_usesTheCountriesPickList_andATextToggle() {
    Field field =
        fields
            .createInputs(
                List.of(Definitions.of("country", PropertyType.COUNTRY, EDITABLE)),
                ConnectionKind.VENDOR)
            .get(0);
    assertThat(field.pickList()).isEqualTo("countries");
    assertThat(field.options()).isEmpty();
    assertThat(field.toggleField().hint())
        .isEqualTo("An ISO code or country name, e.g. US, USA or United States.");
  }

  @Test
  void checkbox_getsATextToggleForYesNoWords() {
    Field field =
        fields
            .createInputs(
                List.of(Definitions.of("active", PropertyType.CHECKBOX, EDITABLE)),
                ConnectionKind.VENDOR)
            .get(0);
    assertThat(field.toggleField().hint())
        .isEqualTo("true or false (also yes/no, y/n, 1/0, on/off).");
  }

  @Test
  void countriesPickList_hasEveryCountry_labelledByName_valuedByAlpha2_sortedByName() {
    List<PickOption> countries = Countries.pickOptions();
    assertThat(countries).hasSize(249);
    assertThat(countries).contains(new PickOption("United States", "US"));
    assertThat(countries).contains(new PickOption("Côte d’Ivoire", "CI"));
    assertThat(countries)
        .extracting(PickOption::label)
        .isSortedAccordingTo(java.util.Comparator.naturalOrder());
  }

  @Test
  void hints_showTheExpectedFormat_afterTheHelpText() {
    List<PropertyDefinition> definitions =
        List.of(
            Definitions.of("closed", "Closed", PropertyType.DATE, EDITABLE, false, "", 0),
            Definitions.of("tel", "Tel", PropertyType.PHONE, EDITABLE, false, "Main line.", 1),
            Definitions.of("mrr", "MRR", PropertyType.CURRENCY, EDITABLE, false, "", 2));
    assertThat(fields.createInputs(definitions, ConnectionKind.VENDOR))
        .extracting(Field::hint)
        .containsExactly(
            "YYYY-MM-DD, or MM/dd/yyyy as configured.",
            "Main line. E.164, e.g. +14155550100; national numbers are read as US.",
            "An amount in USD, e.g. 1200.50; at most 2 decimal places.");
  }

  @Test
  void strictSettings_hintOnlyTheCanonicalForms() {
    PropertyFields strict =
        new PropertyFields(CoercionSettings.custom().mode(CoercionMode.STRICT).build());
    assertThat(
            strict.createInputs(
                List.of(
                    Definitions.of("closed", PropertyType.DATE, EDITABLE),
                    Definitions.of("tel", PropertyType.PHONE, EDITABLE)),
                ConnectionKind.VENDOR))
        .extracting(Field::hint)
        .containsExactly("YYYY-MM-DD.", "E.164, e.g. +14155550100.");
  }

  @Test
  void requiredProperty_isNotOptionalOnCreate_butOptionalOnUpdate() {
    List<PropertyDefinition> definitions =
        List.of(Definitions.of("plan", "Plan", PropertyType.INPUT, EDITABLE, true, "", 0));
    Field create = fields.createInputs(definitions, ConnectionKind.VENDOR).get(0);
    Field update = fields.updateInputs(definitions, ConnectionKind.VENDOR).get(0);
    assertThat(create.optional()).isFalse();
    assertThat(create.sticky()).isTrue();
    assertThat(update.optional()).isTrue();
  }

  @Test
  void fields_areNamedByApiName_labelledByLabel_orderedByPositionThenLabel() {
    List<PropertyDefinition> definitions =
        List.of(
            Definitions.of("zeta", "Zeta", PropertyType.INPUT, EDITABLE, false, "", 2),
            Definitions.of("beta", "Beta", PropertyType.INPUT, EDITABLE, false, "", 1),
            Definitions.of("alpha", "Alpha", PropertyType.INPUT, EDITABLE, false, "", 1));
    assertThat(fields.updateInputs(definitions, ConnectionKind.VENDOR))
        .extracting(Field::name, Field::label)
        .containsExactly(tuple("alpha", "Alpha"), tuple("beta", "Beta"), tuple("zeta", "Zeta"));
  }

  @Test
  void meta_nestsThePropertyFieldsInAnObjectField() {
    Field meta =
        PropertyFields.meta(fields.updateInputs(Definitions.everyType(), ConnectionKind.VENDOR));
    assertThat(meta.name()).isEqualTo("meta");
    assertThat(meta.type()).isEqualTo(FieldType.OBJECT);
    assertThat(meta.properties()).hasSize(12);
  }
}
