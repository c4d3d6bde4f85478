package dev.cprops.connector.internal.fields;

import dev.cprops.connector.client.PropertyType;
import dev.cprops.connector.spi.Inputs;

/**
 * The one skeleton of the codecs of every type but free text: {@code null} clears; in lenient mode
 * a blank string (spaces, no-break spaces) clears too, which is what an emptied CRM cell means;
 * anything else is {@link #coerce coerced} or refused naming the field, the value and {@link
 * #expected()}. Strict mode has no blank: {@code ""} is refused like any other bad value.
 */
abstract class ScalarCodec implements ValueCodec {
  private final PropertyType type;
  final boolean lenient;

  ScalarCodec(PropertyType type, CoercionSettings settings) {
    this.type = type;
    this.lenient = settings.lenient();
  }

  @Override
  public final PropertyType type() {
    return type;
  }

  @Override
  public final Object toApi(String field, Object mapped) {
    if (mapped == null) {
      return null;
    }
    if (lenient && mapped instanceof String s && CodecText.trim(s).isEmpty()) {
      return null;
    }
    Object value = coerce(field, mapped);
    if (value == null) {
      throw Inputs.invalid(field, mapped, expected());
    }
    return value;
  }

  /**
   * The canonical wire value of a mapped value, or {@code null} when it cannot be coerced (the
   * skeleton then refuses it with {@link #expected()}). Never sees {@code null}, nor a blank string
   * in lenient mode. May throw its own {@link dev.cprops.connector.spi.InputException} when a more
   * precise form applies (e.g. too many decimal places).
   */
  abstract Object coerce(String field, Object mapped);
}
