package dev.cprops.connector.spi;

import java.util.List;
import java.util.Objects;

/**
 * One input or output field of an action or trigger, in Workato's schema vocabulary; immutable.
 *
 * <p>Build one with {@link #builder(String, FieldType)}. {@code options} holds an inline pick list
 * (e.g. a dropdown property's options); {@code pickList} names a pick list the connector resolves
 * (e.g. {@code "countries"}). On a {@link ControlType#KEY_VALUE} field, either one lists what the
 * entries' values may be (their keys are free), e.g. the properties a column may be mapped onto.
 * Without a {@code toggleField}, a value outside the options is an error a platform may report
 * before running. {@code toggleField} is the alternative input a builder can switch to (e.g. free
 * text instead of a select). {@code properties} are the children of an {@code object} field, or of
 * the items of an {@code array} field whose {@code of} is {@code object}.
 *
 * @param name the key under which the value travels (never blank)
 * @param label what the recipe editor shows
 * @param type the data type
 * @param controlType how the editor renders it; {@code null} lets the editor choose
 * @param optional whether a recipe may leave it out
 * @param hint help text shown under the field, e.g. the expected format; may be empty
 * @param pickList the name of a connector pick list, or {@code null}
 * @param options an inline pick list; empty when there is none
 * @param toggleHint the label of the main input when a toggle field exists, or {@code null}
 * @param toggleField the alternative input, or {@code null}
 * @param properties child fields of an object (or of an array of objects); empty otherwise
 * @param of the item type of an array, or {@code null}
 * @param sticky whether an optional field is shown by default
 * @param custom whether the field was added by the builder rather than the connector
 * @param readOnly whether the field is output only (e.g. a property partners may not edit)
 */
public record Field(
    String name,
    String label,
    FieldType type,
    ControlType controlType,
    boolean optional,
    String hint,
    String pickList,
    List<PickOption> options,
    String toggleHint,
    Field toggleField,
    List<Field> properties,
    FieldType of,
    boolean sticky,
    boolean custom,
    boolean readOnly) {

  public Field {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("field name must not be blank");
    }
    Objects.requireNonNull(type, "type");
    label = label == null ? name : label;
    hint = hint == null ? "" : hint;
    options = List.copyOf(options == null ? List.of() : options);
    properties = List.copyOf(properties == null ? List.of() : properties);
  }

  /** Starts a field with the given name and type; every other attribute has its default. */
  public static Builder builder(String name, FieldType type) {
    return new Builder(name, type);
  }

  /** A builder pre-filled with this field's attributes. */
  public Builder toBuilder() {
    return new Builder(name, type)
        .label(label)
        .controlType(controlType)
        .optional(optional)
        .hint(hint)
        .pickList(pickList)
        .options(options)
        .toggle(toggleHint, toggleField)
        .properties(properties)
        .of(of)
        .sticky(sticky)
        .custom(custom)
        .readOnly(readOnly);
  }

  /** Builds {@link Field}s; not thread-safe. */
  public static final class Builder {
    private final String name;
    private final FieldType type;
    private String label;
    private ControlType controlType;
    private boolean optional = true;
    private String hint = "";
    private String pickList;
    private List<PickOption> options = List.of();
    private String toggleHint;
    private Field toggleField;
    private List<Field> properties = List.of();
    private FieldType of;
    private boolean sticky;
    private boolean custom;
    private boolean readOnly;

    private Builder(String name, FieldType type) {
      this.name = name;
      this.type = type;
    }

    public Builder label(String label) {
      this.label = label;
      return this;
    }

    public Builder controlType(ControlType controlType) {
      this.controlType = controlType;
      return this;
    }

    public Builder optional(boolean optional) {
      this.optional = optional;
      return this;
    }

    public Builder hint(String hint) {
      this.hint = hint;
      return this;
    }

    public Builder pickList(String pickList) {
      this.pickList = pickList;
      return this;
    }

    public Builder options(List<PickOption> options) {
      this.options = options;
      return this;
    }

    public Builder toggle(String toggleHint, Field toggleField) {
      this.toggleHint = toggleHint;
      this.toggleField = toggleField;
      return this;
    }

    public Builder properties(List<Field> properties) {
      this.properties = properties;
      return this;
    }

    public Builder of(FieldType of) {
      this.of = of;
      return this;
    }

    public Builder sticky(boolean sticky) {
      this.sticky = sticky;
      return this;
    }

    public Builder custom(boolean custom) {
      this.custom = custom;
      return this;
    }

    public Builder readOnly(boolean readOnly) {
      this.readOnly = readOnly;
      return this;
    }

    public Field build() {
      return new Field(
          name,
          label,
          type,
          controlType,
          optional,
          hint,
          pickList,
          options,
          toggleHint,
          toggleField,
          properties,
          of,
          sticky,
          custom,
          readOnly);
    }
  }
}
