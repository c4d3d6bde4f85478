package dev.cprops.recipes.recipe;

import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.Inputs;
import dev.cprops.connector.spi.Json;
import dev.cprops.connector.spi.PickList;
import dev.cprops.connector.spi.PickOption;
import dev.cprops.recipes.pills.PillParser;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Checks the literal values of an input (what the recipe spells out, not what pills bring at run
 * time) against the fields of an action, a trigger or a connection: a value outside a select's
 * options or pick list (a select with a custom-value toggle takes anything), text where a list or
 * an object is required, a number or true/false field given words, an object key the field does not
 * have, and, for a key-value field with options, an entry whose value is not one of them (such as a
 * column mapped onto a property that does not exist). Lenient on purpose: a value the app might
 * still accept (such as {@code "$1,200"} for a number) is never reported.
 */
final class ValueCheck {
  private static final int OPTIONS_SHOWN = 20;
  private static final Set<String> BOOLEAN_WORDS =
      Set.of("true", "false", "yes", "no", "y", "n", "1", "0", "on", "off");

  private final Connector app;
  private final Connection connection;
  private final boolean complete;
  private final BiConsumer<String, String> problems;
  private final Map<String, List<PickOption>> pickLists = new HashMap<>();

  /**
   * @param app the app whose pick lists fields may name
   * @param connection the connection to resolve pick lists with, or {@code null}
   * @param complete whether the fields are the whole schema, so that a key no field has is wrong
   * @param problems hears the path of each wrong value (e.g. {@code input.match_by}) and the
   *     message
   */
  ValueCheck(
      Connector app, Connection connection, boolean complete, BiConsumer<String, String> problems) {
    this.app = app;
    this.connection = connection;
    this.complete = complete;
    this.problems = problems;
  }

  /** Checks each value of an input map against the field of its key. */
  void input(List<Field> fields, Map<?, ?> values, String path) {
    for (Map.Entry<?, ?> entry : values.entrySet()) {
      String key = String.valueOf(entry.getKey());
      String at = path + "." + key;
      Optional<Field> field = fields.stream().filter(f -> f.name().equals(key)).findFirst();
      if (field.isPresent()) {
        value(field.get(), entry.getValue(), at);
      } else if (complete && !fields.isEmpty()) {
        List<String> names = fields.stream().map(Field::name).toList();
        problems.accept(
            at,
            "unknown field '"
                + key
                + "'"
                + suggestion(key, names)
                + "; expected "
                + oneOf(names.stream().map(n -> "'" + n + "'").toList()));
      }
    }
  }

  private void value(Field field, Object value, String path) {
    if (value == null || isPill(value)) {
      return;
    }
    switch (field.type()) {
      case ARRAY -> array(field, value, path);
      case OBJECT -> object(field, value, path);
      case INTEGER, NUMBER -> {
        if (notScalar(field, value, path)) {
          return;
        }
        if (value instanceof String s && s.chars().noneMatch(Character::isDigit)) {
          problems.accept(
              path,
              quoted(value)
                  + " is not a number; expected "
                  + (field.type() == FieldType.INTEGER ? "a whole number" : "a number")
                  + forField(field));
          return;
        }
        options(field, value, path);
      }
      case BOOLEAN -> {
        if (notScalar(field, value, path)) {
          return;
        }
        if (!(value instanceof Boolean)
            && !BOOLEAN_WORDS.contains(Inputs.text(value).strip().toLowerCase(Locale.ROOT))) {
          problems.accept(
              path,
              quoted(value) + " is not true or false; expected true or false" + forField(field));
        }
      }
      default -> {
        if (!notScalar(field, value, path)) {
          options(field, value, path);
        }
      }
    }
  }

  private void array(Field field, Object value, String path) {
    if (!(value instanceof List<?> list)) {
      problems.accept(
          path,
          quoted(value)
              + " is "
              + Json.kind(value)
              + ", not a list; expected a list"
              + (field.of() == null ? "" : " of " + plural(field.of()))
              + forField(field));
      return;
    }
    FieldType of = field.of();
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      String at = path + "[" + i + "]";
      if (item == null || isPill(item) || of == null) {
        continue;
      }
      if (of == FieldType.OBJECT) {
        if (!(item instanceof Map<?, ?> map)) {
          problems.accept(
              at,
              quoted(item) + " is " + Json.kind(item) + "; expected an object" + forField(field));
        } else if (!field.properties().isEmpty()) {
          input(field.properties(), map, at);
        }
      } else {
        value(
            Field.builder(field.name(), of)
                .label(field.label())
                .options(field.options())
                .pickList(field.pickList())
                .toggle(field.toggleHint(), field.toggleField())
                .build(),
            item,
            at);
      }
    }
  }

  private void object(Field field, Object value, String path) {
    boolean shaped =
        field.controlType() == ControlType.KEY_VALUE
            || !field.properties().isEmpty()
            || !choices(field).isEmpty();
    if (!(value instanceof Map<?, ?> map)) {
      if (shaped) {
        problems.accept(
            path,
            quoted(value)
                + " is "
                + Json.kind(value)
                + "; expected an object of named values"
                + forField(field));
      }
      return;
    }
    if (!field.properties().isEmpty()) {
      input(field.properties(), map, path);
      return;
    }
    List<PickOption> choices = choices(field);
    if (choices.isEmpty() || field.toggleField() != null) {
      return;
    }
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      Object target = entry.getValue();
      if (target != null && !isPill(target) && !matches(target, choices)) {
        problems.accept(path + "." + entry.getKey(), notAnOption(field, target, choices));
      }
    }
  }

  private boolean notScalar(Field field, Object value, String path) {
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      problems.accept(
          path,
          Inputs.shown(value)
              + " is "
              + Json.kind(value)
              + "; expected "
              + (field.type() == FieldType.BOOLEAN ? "true or false" : "a single value")
              + forField(field));
      return true;
    }
    return false;
  }

  private void options(Field field, Object value, String path) {
    if (field.toggleField() != null) {
      return;
    }
    List<PickOption> choices = choices(field);
    if (!choices.isEmpty() && !matches(value, choices)) {
      problems.accept(path, notAnOption(field, value, choices));
    }
  }

  /** The field's inline options, else its pick list's (empty when unknown). */
  private List<PickOption> choices(Field field) {
    if (!field.options().isEmpty()) {
      return field.options();
    }
    if (field.pickList() == null) {
      return List.of();
    }
    return pickLists.computeIfAbsent(field.pickList(), this::pickList);
  }

  private List<PickOption> pickList(String name) {
    Optional<PickList> list = app.pickList(name);
    if (list.isEmpty()) {
      return List.of();
    }
    try {
      return list.get().options(connection);
    } catch (ConnectorException e) {
      return List.of();
    }
  }

  private static boolean matches(Object value, List<PickOption> choices) {
    String text = Inputs.text(value).strip();
    return choices.stream()
        .anyMatch(o -> o.value().equalsIgnoreCase(text) || o.label().equalsIgnoreCase(text));
  }

  private String notAnOption(Field field, Object value, List<PickOption> choices) {
    List<String> values = choices.stream().map(PickOption::value).toList();
    List<String> shown =
        values.size() <= OPTIONS_SHOWN ? values : List.copyOf(values.subList(0, OPTIONS_SHOWN - 1));
    String expected =
        values.size() <= OPTIONS_SHOWN
            ? oneOf(shown)
            : "one of " + String.join(", ", shown) + ", ... (" + values.size() + " in all)";
    return quoted(value)
        + " is not an option of '"
        + field.label()
        + "'"
        + (connection != null && field.pickList() != null ? " for this connection" : "")
        + "; expected "
        + expected
        + suggestion(Inputs.text(value).strip(), values);
  }

  private static String suggestion(String given, List<String> known) {
    return DidYouMean.closest(given, known).map(n -> " (did you mean '" + n + "'?)").orElse("");
  }

  private static String oneOf(List<String> values) {
    if (values.size() == 1) {
      return values.get(0);
    }
    return String.join(", ", values.subList(0, values.size() - 1))
        + " or "
        + values.get(values.size() - 1);
  }

  private static String forField(Field field) {
    return field.label().equals(field.name()) ? "" : " ('" + field.label() + "')";
  }

  private static String plural(FieldType type) {
    return switch (type) {
      case OBJECT -> "objects";
      case ARRAY -> "lists";
      case BOOLEAN -> "true/false values";
      case INTEGER -> "whole numbers";
      case NUMBER -> "numbers";
      case DATE -> "dates";
      case DATE_TIME -> "date-times";
      default -> "texts";
    };
  }

  private static String quoted(Object value) {
    return value instanceof String || value instanceof BigDecimal || value instanceof Boolean
        ? "'" + Inputs.shown(value) + "'"
        : Inputs.shown(value);
  }

  private static boolean isPill(Object value) {
    return value instanceof String s && PillParser.containsPill(s);
  }
}
