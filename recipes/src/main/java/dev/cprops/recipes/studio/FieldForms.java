package dev.cprops.recipes.studio;

import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.Json;
import dev.cprops.connector.spi.PickList;
import dev.cprops.connector.spi.PickOption;
import dev.cprops.recipes.pills.PillParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns an operation's fields into the form the editor renders: one input per field with the
 * control its type asks for, its label, hint, required mark, pick list and custom-value toggle;
 * object fields with properties (such as the customer's properties) become nested groups.
 * Output-only (read-only) fields get no input. The models are plain maps for the templates.
 */
final class FieldForms {
  private final Function<String, Optional<PickList>> pickLists;
  private final Connection connection;

  /**
   * @param pickLists the app's named pick lists
   * @param connection the connection to read pick lists with, or {@code null}
   */
  FieldForms(Function<String, Optional<PickList>> pickLists, Connection connection) {
    this.pickLists = pickLists;
    this.connection = connection;
  }

  /** The inputs for the fields, under {@code base} (e.g. {@code steps.1.input}). */
  List<Map<String, Object>> inputs(List<Field> fields, TreePath base, RecipeDocument document) {
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (Field field : fields) {
      if (!field.readOnly()) {
        inputs.add(input(field, base.child(field.name()), document));
      }
    }
    return inputs;
  }

  private Map<String, Object> input(Field field, TreePath path, RecipeDocument document) {
    Object value = document.get(path);
    Map<String, Object> view = new LinkedHashMap<>();
    // Every key the template reads is set, so a nested field never sees its parent's values
    // (Mustache looks names up through the enclosing contexts).
    for (String flag :
        List.of(
            "c_object",
            "c_text",
            "c_textarea",
            "c_select",
            "c_multiselect",
            "c_checkbox",
            "toggle",
            "custom",
            "checked",
            "unset",
            "json")) {
      view.put(flag, false);
    }
    view.put("children", List.of());
    view.put("options", List.of());
    view.put("value", "");
    view.put("inputType", "text");
    view.put("toggleLabel", "");
    view.put("path", path.toString());
    view.put("id", htmlId(path));
    view.put("name", field.name());
    view.put("label", field.label());
    view.put("hint", field.hint().isEmpty() ? false : field.hint());
    view.put("required", !field.optional());
    view.put("type", field.type().wireName());
    view.put("typeLabel", typeLabel(field));
    boolean pill = value instanceof String s && PillParser.containsPill(s);
    String kind = control(field);
    if (kind.equals("object") && !(value instanceof String)) {
      view.put("c_object", true);
      view.put("children", inputs(field.properties(), path, document));
      return view;
    }
    String control = kind.equals("object") ? "json" : kind;
    view.put("value", text(value));
    switch (control) {
      case "select", "multiselect" -> {
        List<PickOption> options = options(field);
        boolean known =
            value == null
                || (!pill && options.stream().anyMatch(o -> matches(o.value(), value, control)));
        view.put(control.equals("select") ? "c_select" : "c_multiselect", true);
        view.put("options", options(options, value));
        view.put("custom", !known);
        view.put("toggle", true);
        view.put("toggleLabel", toggleLabel(field));
      }
      case "checkbox" -> {
        boolean known = value == null || value instanceof Boolean;
        view.put("c_checkbox", true);
        view.put("checked", Boolean.TRUE.equals(value));
        view.put("unset", value == null);
        view.put("custom", !known);
        view.put("toggle", true);
        view.put("toggleLabel", toggleLabel(field));
      }
      case "textarea", "json" -> {
        view.put("c_textarea", true);
        view.put("json", control.equals("json"));
      }
      default -> {
        view.put("c_text", true);
        view.put("inputType", pill ? "text" : control);
      }
    }
    return view;
  }

  private static String control(Field field) {
    ControlType control = field.controlType();
    if (control != null) {
      return switch (control) {
        case TEXT_AREA -> "textarea";
        case EMAIL -> "email";
        case URL -> "url";
        case PHONE -> "tel";
        case SELECT -> "select";
        case MULTISELECT -> "multiselect";
        case CHECKBOX -> "checkbox";
        case DATE -> "date";
        case NUMBER, INTEGER -> "number";
        case KEY_VALUE -> "json";
        case DATE_TIME, TEXT, PLAIN_TEXT, PASSWORD -> typeControl(field);
      };
    }
    return typeControl(field);
  }

  private static String typeControl(Field field) {
    return switch (field.type()) {
      case INTEGER, NUMBER -> "number";
      case BOOLEAN -> "checkbox";
      case DATE -> "date";
      case OBJECT -> field.properties().isEmpty() ? "json" : "object";
      case ARRAY -> "json";
      default -> field.options().isEmpty() && field.pickList() == null ? "text" : "select";
    };
  }

  private List<PickOption> options(Field field) {
    if (!field.options().isEmpty()) {
      return field.options();
    }
    if (field.pickList() != null) {
      try {
        return pickLists.apply(field.pickList()).map(p -> p.options(connection)).orElse(List.of());
      } catch (ConnectorException e) {
        return List.of();
      }
    }
    return List.of();
  }

  private static List<Map<String, Object>> options(List<PickOption> options, Object value) {
    List<Map<String, Object>> views = new ArrayList<>();
    for (PickOption option : options) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("value", option.value());
      view.put("label", option.label());
      view.put(
          "selected",
          value != null
              && (option.value().equals(String.valueOf(value))
                  || value instanceof List<?> list && list.contains(option.value())));
      views.add(view);
    }
    return views;
  }

  private static boolean matches(String option, Object value, String control) {
    if (control.equals("multiselect")) {
      return value instanceof List<?>;
    }
    return option.equals(String.valueOf(value));
  }

  private static String toggleLabel(Field field) {
    if (field.toggleField() != null && field.toggleField().hint() != null) {
      String hint = field.toggleField().hint();
      if (!hint.isBlank()) {
        return "Custom value (" + hint + ")";
      }
    }
    return "Custom value or data pill";
  }

  /** The type as the pills panel and forms name it: "string", "list of object", ... */
  static String typeLabel(Field field) {
    if (field.type() == FieldType.ARRAY) {
      return "list" + (field.of() == null ? "" : " of " + field.of().wireName());
    }
    return field.type().wireName();
  }

  /** A value as the text an input shows. */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      return Json.pretty(value);
    }
    return value.toString();
  }

  static String htmlId(TreePath path) {
    return "f-" + path.toString().replaceAll("[^A-Za-z0-9_-]", "-");
  }

  /**
   * The JSON value of what a form input holds, by the field's type: empty is "not mapped" ({@code
   * null}); a value with a data pill stays text (the runner fills it in); numbers become numbers,
   * {@code true}/{@code false} booleans, and JSON text in an object or list field its value;
   * anything else stays text, for the checks to judge.
   */
  static Object value(String raw, String type) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    if (PillParser.containsPill(raw)
        && !raw.trim().startsWith("{\"")
        && !raw.trim().startsWith("[")) {
      return raw;
    }
    switch (type == null ? "string" : type) {
      case "integer", "number" -> {
        try {
          return new BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
          return raw;
        }
      }
      case "boolean" -> {
        return raw.equals("true") ? Boolean.TRUE : raw.equals("false") ? Boolean.FALSE : raw;
      }
      case "object", "array", "list" -> {
        try {
          return Json.parse(raw);
        } catch (RuntimeException e) {
          return raw;
        }
      }
      default -> {
        return raw;
      }
    }
  }
}
