package dev.cprops.connector.internal.context;

import dev.cprops.connector.client.ClientConfig;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.PickOption;
import java.util.List;

/** The connection fields of the customer-properties connector. */
public final class ConnectionFields {
  public static final String BASE_URL = "base_url";
  public static final String AUTH_TYPE = "auth_type";
  public static final String PUBLIC_KEY = "public_key";
  public static final String SECRET_KEY = "secret_key";
  public static final String PARTNER_API_KEY = "partner_api_key";
  public static final String DEFAULT_PHONE_REGION = "default_phone_region";
  public static final String DATE_FORMATS = "date_formats";
  public static final String COERCION = "coercion";
  public static final String ROUND_CURRENCY = "round_currency";

  private ConnectionFields() {}

  public static List<Field> all() {
    return List.of(
        Field.builder(BASE_URL, FieldType.STRING)
            .label("Base URL")
            .controlType(ControlType.URL)
            .hint("Default: " + ClientConfig.DEFAULT_BASE_URL)
            .build(),
        Field.builder(AUTH_TYPE, FieldType.STRING)
            .label("Authentication type")
            .controlType(ControlType.SELECT)
            .optional(false)
            .options(
                List.of(
                    new PickOption("Vendor (public key and secret key)", "vendor"),
                    new PickOption("Partner (partner API key)", "partner")))
            .hint(
                "Vendor keys see and manage every property; a partner key sees what its access allows.")
            .build(),
        Field.builder(PUBLIC_KEY, FieldType.STRING)
            .label("Public key")
            .controlType(ControlType.TEXT)
            .hint("Vendor authentication")
            .build(),
        Field.builder(SECRET_KEY, FieldType.STRING)
            .label("Secret key")
            .controlType(ControlType.PASSWORD)
            .hint("Vendor authentication")
            .build(),
        Field.builder(PARTNER_API_KEY, FieldType.STRING)
            .label("Partner API key")
            .controlType(ControlType.PASSWORD)
            .hint("Partner authentication")
            .build(),
        Field.builder(DEFAULT_PHONE_REGION, FieldType.STRING)
            .label("Default phone region")
            .controlType(ControlType.TEXT)
            .hint("Region of phone numbers written without +, e.g. US")
            .build(),
        Field.builder(DATE_FORMATS, FieldType.STRING)
            .label("Date input formats")
            .controlType(ControlType.TEXT)
            .hint("Extra date patterns, comma-separated, e.g. MM/dd/yyyy, dd.MM.yyyy")
            .build(),
        Field.builder(COERCION, FieldType.STRING)
            .label("Value coercion")
            .controlType(ControlType.SELECT)
            .options(
                List.of(
                    new PickOption("Lenient: fix messy values", "lenient"),
                    new PickOption("Strict: reject values that need guessing", "strict")))
            .hint("Default: lenient")
            .build(),
        Field.builder(ROUND_CURRENCY, FieldType.STRING)
            .label("Round currency amounts")
            .controlType(ControlType.SELECT)
            .options(
                List.of(
                    new PickOption("No: reject amounts with more than 2 decimals", "false"),
                    new PickOption("Yes: round half-even to 2 decimals", "true")))
            .hint("Default: no")
            .build());
  }
}
