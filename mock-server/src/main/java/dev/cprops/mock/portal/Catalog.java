package dev.cprops.mock.portal;

import dev.cprops.mock.store.PropertyAccess;
import dev.cprops.mock.values.PropertyType;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The product's words for the property types and access levels (from the help article), and the
 * pick lists of the inputs: every country by its full English name, every currency code.
 */
final class Catalog {
  record TypeInfo(String label, String description) {}

  record AccessInfo(String label, String explanation) {}

  private static final Map<PropertyType, TypeInfo> TYPES = new EnumMap<>(PropertyType.class);
  private static final Map<PropertyAccess, AccessInfo> ACCESS = new EnumMap<>(PropertyAccess.class);
  private static final List<String> COUNTRIES;
  private static final List<String> CURRENCIES;

  static {
    TYPES.put(
        PropertyType.INPUT, new TypeInfo("Input", "A small text field (up to 255 characters)."));
    TYPES.put(PropertyType.EMAIL, new TypeInfo("Email", "A field formatted for an email address."));
    TYPES.put(
        PropertyType.TEXTAREA,
        new TypeInfo(
            "Textarea", "A larger text field for longer notes (up to 10,000 characters)."));
    TYPES.put(
        PropertyType.DROPDOWN,
        new TypeInfo("Drop-down", "A list of options to choose from. Needs at least one option."));
    TYPES.put(PropertyType.CHECKBOX, new TypeInfo("Checkbox", "A toggle option (yes or no)."));
    TYPES.put(
        PropertyType.COUNTRY,
        new TypeInfo(
            "Country",
            "A drop-down list of all countries. Always returns the full country name (e.g. United"
                + " States); integrations may send the ISO code (e.g. US) or the full name."));
    TYPES.put(
        PropertyType.REGION, new TypeInfo("Region", "A text field for state, province or city."));
    TYPES.put(PropertyType.DATE, new TypeInfo("Date", "A date picker (YYYY-MM-DD)."));
    TYPES.put(
        PropertyType.CURRENCY,
        new TypeInfo(
            "Currency",
            "A field formatted for monetary values, with at most 2 decimals. Needs a currency"
                + " code (USD when none is chosen)."));
    TYPES.put(PropertyType.NUMBER, new TypeInfo("Number", "A field for numerical data."));
    TYPES.put(
        PropertyType.URL, new TypeInfo("URL", "A field formatted for web links (http or https)."));
    TYPES.put(
        PropertyType.PHONE,
        new TypeInfo(
            "Phone number",
            "A field formatted for phone numbers, in international form (e.g. +14155550100)."));
    ACCESS.put(
        PropertyAccess.EDITABLE,
        new AccessInfo("Editable", "Partners can view and edit this property's value."));
    ACCESS.put(
        PropertyAccess.READ_ONLY,
        new AccessInfo(
            "Read-only", "Partners can see this property and its value, but cannot edit it."));
    ACCESS.put(
        PropertyAccess.HIDDEN,
        new AccessInfo(
            "Hidden",
            "Partners will not be able to see this property or its value on the customer's"
                + " record."));
    ACCESS.put(
        PropertyAccess.HIDDEN_EVERYWHERE,
        new AccessInfo(
            "Hidden everywhere",
            "This property will not appear anywhere in the dashboard, for you or your partners."
                + " Useful for storing data purely for integrations (API or Workato)."));
    Collator collator = Collator.getInstance(Locale.ENGLISH);
    List<String> countries = new ArrayList<>();
    for (String code : Locale.getISOCountries()) {
      countries.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
    }
    countries.sort(collator);
    COUNTRIES = List.copyOf(countries);
    CURRENCIES =
        Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList();
  }

  private Catalog() {}

  static TypeInfo type(PropertyType type) {
    return TYPES.get(type);
  }

  static AccessInfo access(PropertyAccess access) {
    return ACCESS.get(access);
  }

  /** Every country's full English name, as the API stores it, in alphabetical order. */
  static List<String> countries() {
    return COUNTRIES;
  }

  /** Every ISO 4217 currency code the JDK knows, in alphabetical order. */
  static List<String> currencies() {
    return CURRENCIES;
  }
}
