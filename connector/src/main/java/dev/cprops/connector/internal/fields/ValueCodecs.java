package dev.cprops.connector.internal.fields;

import dev.cprops.connector.client.PropertyDefinition;
import dev.cprops.connector.client.PropertyType;
import java.util.Objects;

/** Makes the {@link ValueCodec} for a property definition. */
public final class ValueCodecs {
  private ValueCodecs() {}

  /**
   * The codec for a definition's type: a dropdown codec knows its options, a currency codec its
   * currency (USD when the definition has none).
   *
   * @throws IllegalArgumentException if a currency definition names an unknown currency
   */
  public static ValueCodec forDefinition(PropertyDefinition definition, CoercionSettings settings) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(settings, "settings");
    PropertyType type = definition.type();
    return switch (type) {
      case INPUT -> new InputCodec(settings);
      case EMAIL -> new EmailCodec(settings);
      case TEXTAREA -> new TextareaCodec(settings);
      case DROPDOWN -> new DropdownCodec(settings, definition.options());
      case CHECKBOX -> new CheckboxCodec(settings);
      case COUNTRY -> new CountryCodec(settings);
      case REGION -> new RegionCodec(settings);
      case DATE -> new DateCodec(settings);
      case CURRENCY -> new CurrencyCodec(settings, definition.currency());
      case NUMBER -> new NumberCodec(settings);
      case URL -> new UrlCodec(settings);
      case PHONE -> new PhoneCodec(settings);
    };
  }
}
