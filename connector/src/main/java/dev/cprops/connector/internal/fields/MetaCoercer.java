package dev.cprops.connector.internal.fields;

import dev.cprops.connector.client.PropertyAccess;
import dev.cprops.connector.client.PropertyDefinition;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Inputs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Coerces a whole {@code meta} map with the codecs of a connection's property definitions, in both
 * directions.
 *
 * <p>{@link #toApi(Map)} coerces every key and collects every error (unknown or archived
 * properties, properties the connection may not write, values that do not coerce), so a batch can
 * report all of a record's problems at once. Absent keys stay absent; null values stay null
 * (clear). {@link #fromApi(Map)} turns a returned {@code meta} into typed datapills, passing keys
 * it does not know through unchanged (a property created since the definitions were read).
 *
 * <p>Immutable and thread-safe; the codecs are built once.
 */
public final class MetaCoercer {
  private final Map<String, Slot> slots = new HashMap<>();
  private final ConnectionKind kind;

  private MetaCoercer(
      List<PropertyDefinition> definitions, CoercionSettings settings, ConnectionKind kind) {
    this.kind = kind;
    for (PropertyDefinition definition : definitions) {
      if (!definition.archived()) {
        slots.put(
            definition.apiName(),
            new Slot(
                ValueCodecs.forDefinition(definition, settings),
                PropertyFields.META + "." + definition.apiName(),
                definition.access()));
      }
    }
  }

  /**
   * A coercer for these definitions (archived ones are ignored).
   *
   * @throws IllegalArgumentException if a currency definition names an unknown currency
   */
  public static MetaCoercer of(
      List<PropertyDefinition> definitions, CoercionSettings settings, ConnectionKind kind) {
    Objects.requireNonNull(definitions, "definitions");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(kind, "kind");
    return new MetaCoercer(definitions, settings, kind);
  }

  /** The codec of a live property, or empty. */
  public Optional<ValueCodec> codec(String apiName) {
    Slot slot = slots.get(apiName);
    return slot == null ? Optional.empty() : Optional.of(slot.codec());
  }

  /** Coerces every key of a mapped {@code meta}; never throws for a bad value. */
  public CoercedMeta toApi(Map<String, ?> meta) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<InputException> errors = new ArrayList<>(0);
    for (Map.Entry<String, ?> entry : meta.entrySet()) {
      String apiName = entry.getKey();
      Object value = entry.getValue();
      Slot slot = slots.get(apiName);
      if (slot == null || !visible(slot.access())) {
        errors.add(
            Inputs.invalid(
                PropertyFields.META + "." + apiName,
                value,
                "a customer property; there is no property '" + apiName + "'"));
      } else if (!kind.writes(slot.access())) {
        errors.add(
            Inputs.invalid(
                slot.path(), value, "an editable property; '" + apiName + "' is read-only"));
      } else {
        try {
          values.put(apiName, slot.codec().toApi(slot.path(), value));
        } catch (InputException e) {
          errors.add(e);
        }
      }
    }
    return new CoercedMeta(values, errors);
  }

  /** The typed datapills of a returned {@code meta}; unknown keys pass through unchanged. */
  public Map<String, Object> fromApi(Map<String, ?> apiMeta) {
    Map<String, Object> typed = new LinkedHashMap<>();
    for (Map.Entry<String, ?> entry : apiMeta.entrySet()) {
      Slot slot = slots.get(entry.getKey());
      typed.put(
          entry.getKey(), slot == null ? entry.getValue() : slot.codec().fromApi(entry.getValue()));
    }
    return typed;
  }

  private boolean visible(PropertyAccess access) {
    return kind.reads(access);
  }

  private record Slot(ValueCodec codec, String path, PropertyAccess access) {}
}
