package dev.cprops.mock.portal;

import dev.cprops.mock.store.PropertyDefinition;
import dev.cprops.mock.values.DropdownOption;
import dev.cprops.mock.values.PropertyType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A property value as a typed form input and back: what the input shows for a stored value, and the
 * value a submitted input stands for. It checks nothing: the store's rules judge every value, so
 * the page shows exactly what the API would answer. An empty input clears the value.
 */
final class ValueInputs {
  private ValueInputs() {}

  /** The model of one input of the "Details" section. */
  static Map<String, Object> field(PropertyDefinition definition, String text, boolean editable) {
    Map<String, Object> field = new LinkedHashMap<>();
    PropertyType type = definition.type();
    field.put("apiName", definition.apiName());
    field.put("id", "meta-" + definition.apiName());
    field.put("name", "meta." + definition.apiName());
    field.put("label", definition.label());
    field.put("helpText", definition.helpText().isEmpty() ? null : definition.helpText());
    field.put("required", definition.required());
    field.put("editable", editable);
    field.put("value", text);
    field.put("typeLabel", Catalog.type(type).label());
    if (!editable) {
      field.put("display", display(definition, text));
      return field;
    }
    switch (type) {
      case INPUT, REGION -> input(field, "text", null);
      case EMAIL -> input(field, "email", "email");
      case URL -> input(field, "url", "url");
      case PHONE -> input(field, "tel", "tel");
      case DATE -> input(field, "date", null);
      case NUMBER -> input(field, "text", null).put("inputmode", "decimal");
      case CURRENCY -> {
        input(field, "text", null).put("inputmode", "decimal");
        field.put("prefix", definition.currency());
      }
      case TEXTAREA -> field.put("textarea", true);
      case CHECKBOX -> {
        field.put("checkbox", true);
        field.put("checked", "true".equals(text));
      }
      case DROPDOWN -> {
        List<Map<String, Object>> options = new ArrayList<>();
        for (DropdownOption option : definition.options()) {
          options.add(
              Map.of(
                  "value", option.value(),
                  "label", option.label(),
                  "selected", option.value().equals(text)));
        }
        field.put("select", true);
        field.put("options", options);
      }
      case COUNTRY -> {
        List<Map<String, Object>> options = new ArrayList<>();
        for (String country : Catalog.countries()) {
          options.add(Map.of("value", country, "label", country, "selected", country.equals(text)));
        }
        field.put("select", true);
        field.put("options", options);
      }
    }
    return field;
  }

  private static Map<String, Object> input(Map<String, Object> field, String type, String auto) {
    field.put("input", true);
    field.put("inputType", type);
    if (auto != null) {
      field.put("autocomplete", "off");
    }
    return field;
  }

  /** A stored value as an input shows it ("" when there is none). */
  static String text(Object stored) {
    if (stored == null) {
      return "";
    }
    if (stored instanceof BigDecimal number) {
      return number.toPlainString();
    }
    return stored.toString();
  }

  /** A value as read-only text: the option's label, Yes/No, the amount with its currency. */
  private static String display(PropertyDefinition definition, String text) {
    if (text.isEmpty()) {
      return "\u2014";
    }
    return switch (definition.type()) {
      case CHECKBOX -> "true".equals(text) ? "Yes" : "No";
      case DROPDOWN ->
          definition.options().stream()
              .filter(o -> o.value().equals(text))
              .map(DropdownOption::label)
              .findFirst()
              .orElse(text);
      case CURRENCY -> text + " " + definition.currency();
      default -> text;
    };
  }

  /**
   * The value a submitted input stands for: a checkbox's boolean (its hidden "false" and, when
   * ticked, "true"), null for an empty input (clear), else the text as typed (line breaks as LF).
   * An input of an unknown property keeps its text, for the store to reject.
   */
  static Object fromForm(PropertyDefinition definition, List<String> values) {
    if (definition != null && definition.type() == PropertyType.CHECKBOX) {
      return values.contains("true");
    }
    String text = values.isEmpty() ? "" : values.get(values.size() - 1);
    // Browsers send a textarea's line breaks as CR LF (HTML's form encoding); the API's are LF.
    text = text.replace("\r\n", "\n");
    return text.isEmpty() ? null : text;
  }

  /** The submitted inputs as typed, to show them again beside their errors. */
  static String typed(List<String> values) {
    if (values.contains("true")) {
      return "true";
    }
    return values.isEmpty() ? "" : values.get(values.size() - 1);
  }

  /**
   * Whether a submitted value differs from the stored one; an unticked checkbox of a property with
   * no value yet is no change.
   */
  static boolean changed(PropertyDefinition definition, Object stored, Object submitted) {
    if (stored == null) {
      return submitted != null && !Boolean.FALSE.equals(submitted);
    }
    if (submitted == null) {
      return true;
    }
    if (stored instanceof Boolean) {
      return !stored.equals(submitted);
    }
    String storedText = text(stored);
    if (storedText.equals(submitted.toString())) {
      return false;
    }
    boolean numeric =
        definition != null
            && (definition.type() == PropertyType.NUMBER
                || definition.type() == PropertyType.CURRENCY);
    return !(numeric && sameNumber(storedText, submitted.toString()));
  }

  /** Whether two texts are the same number (so "1200" is no change of "1200.00"). */
  private static boolean sameNumber(String a, String b) {
    try {
      return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
