package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.PropertyDefinition;
import dev.cprops.connector.client.PropertyType;
import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.internal.fields.ConnectionKind;
import dev.cprops.connector.internal.fields.MetaCoercer;
import dev.cprops.connector.internal.fields.PropertyFields;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One snapshot of a connection's live property definitions, with the codecs and fields made from
 * them for the connection's kind (vendor or partner). Take one per execution: it stays consistent
 * while the definition cache may refresh. Immutable and thread-safe.
 *
 * @param definitions the non-archived definitions the connection sees
 * @param coercer the codecs of those definitions, shaped by the connection's kind
 * @param kind vendor or partner
 * @param fields the field factory for the connection's coercion settings
 */
public record LiveProperties(
    List<PropertyDefinition> definitions,
    MetaCoercer coercer,
    ConnectionKind kind,
    PropertyFields fields) {

  /** The current definitions of the connection (loaded through its cache). */
  public static LiveProperties load(CustomerPropertiesContext context) {
    List<PropertyDefinition> definitions = context.definitions().all();
    return new LiveProperties(
        definitions,
        MetaCoercer.of(definitions, context.coercionSettings(), context.kind()),
        context.kind(),
        new PropertyFields(context.coercionSettings()));
  }

  /** The {@code meta} object of typed outputs (datapills). */
  public Field metaOutput() {
    return PropertyFields.meta(fields.outputs(definitions, kind));
  }

  /** The {@code meta} object of inputs for a create (required properties required). */
  public Field metaCreateInput() {
    return PropertyFields.meta(fields.createInputs(definitions, kind));
  }

  /** The {@code meta} object of inputs for an update (every property optional). */
  public Field metaUpdateInput() {
    return PropertyFields.meta(fields.updateInputs(definitions, kind));
  }

  /** The type of each live property by {@code api_name}. */
  public Map<String, PropertyType> types() {
    Map<String, PropertyType> types = new HashMap<>();
    definitions.forEach(d -> types.put(d.apiName(), d.type()));
    return types;
  }

  /** The live definition with that {@code api_name}. */
  public Optional<PropertyDefinition> definition(String apiName) {
    return definitions.stream().filter(d -> d.apiName().equals(apiName)).findFirst();
  }

  /** The {@code meta} object field without its properties, for when no connection is known. */
  public static Field emptyMeta() {
    return Field.builder(PropertyFields.META, FieldType.OBJECT)
        .label("Customer properties")
        .hint("One value per property; connect to see the properties.")
        .build();
  }
}
