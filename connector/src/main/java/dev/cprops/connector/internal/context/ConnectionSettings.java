package dev.cprops.connector.internal.context;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.cprops.connector.client.ClientConfig;
import dev.cprops.connector.client.Credentials;
import dev.cprops.connector.internal.fields.CoercionMode;
import dev.cprops.connector.internal.fields.CoercionSettings;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.InputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The customer-properties connection values, checked and typed.
 *
 * @param baseUrl the API root
 * @param credentials vendor or partner credentials (redacted in {@code toString()})
 * @param defaultPhoneRegion the ISO region phone numbers without {@code +} are read in, e.g. "US"
 * @param dateFormats extra input patterns for dates, e.g. {@code MM/dd/yyyy}
 * @param strictCoercion whether values that would need guessing are rejected
 * @param roundCurrency whether currency amounts with more than 2 decimals are rounded half-even
 */
public record ConnectionSettings(
    String baseUrl,
    Credentials credentials,
    String defaultPhoneRegion,
    List<String> dateFormats,
    boolean strictCoercion,
    boolean roundCurrency) {

  public ConnectionSettings {
    dateFormats = List.copyOf(dateFormats);
  }

  /**
   * Reads the settings of a connection.
   *
   * @throws InputException naming the field whose value cannot be used
   */
  public static ConnectionSettings of(Connection c) {
    String baseUrl = c.string(ConnectionFields.BASE_URL, ClientConfig.DEFAULT_BASE_URL);
    try {
      ClientConfig.custom().baseUrl(baseUrl);
    } catch (IllegalArgumentException e) {
      throw new InputException(ConnectionFields.BASE_URL, baseUrl, "an http or https URL");
    }
    String authType = c.string(ConnectionFields.AUTH_TYPE, "vendor").toLowerCase(Locale.ROOT);
    Credentials credentials =
        switch (authType) {
          case "vendor" ->
              Credentials.vendor(
                  required(c, ConnectionFields.PUBLIC_KEY),
                  required(c, ConnectionFields.SECRET_KEY));
          case "partner" -> Credentials.partner(required(c, ConnectionFields.PARTNER_API_KEY));
          default ->
              throw new InputException(ConnectionFields.AUTH_TYPE, authType, "vendor or partner");
        };
    String region = c.string(ConnectionFields.DEFAULT_PHONE_REGION, "US").toUpperCase(Locale.ROOT);
    if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(region)) {
      throw new InputException(
          ConnectionFields.DEFAULT_PHONE_REGION, region, "a two-letter region code such as US");
    }
    List<String> formats =
        Arrays.stream(c.string(ConnectionFields.DATE_FORMATS, "").split(","))
            .map(String::trim)
            .filter(f -> !f.isEmpty())
            .toList();
    for (String format : formats) {
      try {
        CoercionSettings.custom().datePatterns(format);
      } catch (IllegalArgumentException e) {
        throw new InputException(
            ConnectionFields.DATE_FORMATS, format, "date patterns such as MM/dd/yyyy, dd.MM.yyyy");
      }
    }
    String mode = c.string(ConnectionFields.COERCION, "lenient").toLowerCase(Locale.ROOT);
    if (!mode.equals("lenient") && !mode.equals("strict")) {
      throw new InputException(ConnectionFields.COERCION, mode, "lenient or strict");
    }
    String round = c.string(ConnectionFields.ROUND_CURRENCY, "false").toLowerCase(Locale.ROOT);
    if (!round.equals("true") && !round.equals("false")) {
      throw new InputException(ConnectionFields.ROUND_CURRENCY, round, "true or false");
    }
    return new ConnectionSettings(
        baseUrl, credentials, region, formats, mode.equals("strict"), round.equals("true"));
  }

  /**
   * How this connection coerces mapped values: its mode, phone region, date patterns (the default
   * {@code MM/dd/yyyy} when none are configured) and currency rounding.
   */
  public CoercionSettings coercionSettings() {
    CoercionSettings.Builder builder =
        CoercionSettings.custom()
            .mode(strictCoercion ? CoercionMode.STRICT : CoercionMode.LENIENT)
            .defaultRegion(defaultPhoneRegion)
            .roundCurrency(roundCurrency);
    if (!dateFormats.isEmpty()) {
      builder.datePatterns(dateFormats);
    }
    return builder.build();
  }

  private static String required(Connection c, String name) {
    return c.string(name)
        .orElseThrow(() -> new InputException(name, null, "a value for this authentication type"));
  }
}
