package dev.cprops.mock.values;

import java.util.List;
import java.util.Objects;

/**
 * Turns a property value as a client wrote it into the canonical value that the server stores and
 * returns, or rejects it. Strict: it accepts exactly the "accepted on write" column of the values
 * table in {@code api.md} and nothing more; turning messy CRM values into that form is the
 * connector's job.
 *
 * <table>
 *   <caption>Accepted and canonical values per type</caption>
 *   <tr><th>type</th><th>accepted</th><th>canonical</th><th>codes</th></tr>
 *   <tr><td>input</td><td>string of at most 255 code points</td><td>String, unchanged</td>
 *       <td>too_long, invalid_text</td></tr>
 *   <tr><td>textarea</td><td>string of at most 10 000 code points</td><td>String, unchanged</td>
 *       <td>too_long, invalid_text</td></tr>
 *   <tr><td>region</td><td>string of at most 255 code points</td><td>String, unchanged</td>
 *       <td>too_long, invalid_text</td></tr>
 *   <tr><td>email</td><td>see {@link EmailAddresses}</td><td>String, trimmed, domain lower-cased
 *       </td><td>invalid_email</td></tr>
 *   <tr><td>dropdown</td><td>an option value, or an option label in any case</td>
 *       <td>String, the option value</td><td>invalid_option</td></tr>
 *   <tr><td>checkbox</td><td>true, false, "true", "false"</td><td>Boolean</td>
 *       <td>invalid_boolean</td></tr>
 *   <tr><td>country</td><td>ISO 3166-1 alpha-2 code or English name, any case</td>
 *       <td>String, the CLDR English name</td><td>invalid_country</td></tr>
 *   <tr><td>date</td><td>YYYY-MM-DD, a real date</td><td>String, unchanged</td>
 *       <td>invalid_date</td></tr>
 *   <tr><td>currency</td><td>JSON number or plain decimal string, at most 2 fraction digits,
 *       negative allowed</td><td>String with exactly 2 fraction digits</td>
 *       <td>invalid_currency</td></tr>
 *   <tr><td>number</td><td>JSON number or numeric string</td><td>BigDecimal, trailing zeros
 *       stripped, scale &ge; 0</td><td>invalid_number</td></tr>
 *   <tr><td>url</td><td>absolute http/https URL with a host, at most 2 048 code points</td>
 *       <td>String, unchanged</td><td>invalid_url, too_long</td></tr>
 *   <tr><td>phone</td><td>+ followed by a valid international number</td><td>String, E.164</td>
 *       <td>invalid_phone</td></tr>
 * </table>
 *
 * <p>Whitespace: strings are taken exactly as sent. Free text (input, textarea, region) is stored
 * verbatim, surrounding whitespace included; a structured value (dropdown, checkbox, country, date,
 * currency, number, url, phone) with surrounding whitespace is rejected. The one exception is
 * email, whose surrounding whitespace is trimmed, as the contract says.
 *
 * <p>Lengths are counted in Unicode code points, as a user counts characters (an emoji is one).
 *
 * <p>A raw value of a JSON kind that the type never accepts (an object or an array anywhere; a
 * number for a text type; a string or boolean for none but checkbox, currency and number where they
 * apply) is an {@code invalid_type} error. Messages name the value (quoted, shortened to 40
 * characters) and the expected form; the caller adds the field ({@code meta.<api_name>}).
 *
 * <p>Idempotent: a canonical value is accepted and returned equal to itself. Thread-safe.
 */
public final class ValueCanonicalizer {
  private ValueCanonicalizer() {}

  /**
   * Validates a raw property value and returns its canonical form.
   *
   * @param type the property's type; not null
   * @param options the property's dropdown options; used only for {@link PropertyType#DROPDOWN}
   *     (where null counts as no options), ignored otherwise
   * @param raw the value as the JSON reader produced it: a String, a BigDecimal (any other {@link
   *     Number} is converted exactly), a Boolean, a List or a Map; never null (a JSON null clears a
   *     value, which is the caller's business)
   * @return the canonical value: a String, a Boolean (checkbox) or a BigDecimal (number)
   * @throws InvalidValueException when the value is not accepted; {@link
   *     InvalidValueException#code()} says why (see the table above)
   * @throws NullPointerException when {@code type} or {@code raw} is null
   */
  public static Object canonicalize(PropertyType type, List<DropdownOption> options, Object raw) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(raw, "raw");
    return switch (type) {
      case INPUT -> FreeText.INPUT.canonicalize(raw);
      case TEXTAREA -> FreeText.TEXTAREA.canonicalize(raw);
      case REGION -> FreeText.REGION.canonicalize(raw);
      case EMAIL ->
          EmailAddresses.canonicalize(JsonKinds.requireString(raw, EmailAddresses.EXPECTED));
      case DROPDOWN -> DropdownChoices.canonicalize(options == null ? List.of() : options, raw);
      case CHECKBOX -> Checkboxes.canonicalize(raw);
      case COUNTRY -> Countries.canonicalize(raw);
      case DATE -> CalendarDates.canonicalize(raw);
      case CURRENCY -> MoneyAmounts.canonicalize(raw);
      case NUMBER -> DecimalNumbers.canonicalize(raw);
      case URL -> WebUrls.canonicalize(raw);
      case PHONE -> PhoneNumbers.canonicalize(raw);
    };
  }
}
