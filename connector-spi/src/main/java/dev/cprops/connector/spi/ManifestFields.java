package dev.cprops.connector.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Field}s in Workato's schema vocabulary, as JSON values: written leaving out default
 * attributes, and read back.
 */
final class ManifestFields {
  private ManifestFields() {}

  static List<Object> write(List<Field> fields) {
    List<Object> out = new ArrayList<>(fields.size());
    for (Field field : fields) {
      out.add(write(field));
    }
    return out;
  }

  static Map<String, Object> write(Field field) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", field.name());
    out.put("label", field.label());
    out.put("type", field.type().wireName());
    if (field.controlType() != null) {
      out.put("control_type", field.controlType().wireName());
    }
    out.put("optional", field.optional());
    if (!field.hint().isEmpty()) {
      out.put("hint", field.hint());
    }
    if (field.pickList() != null) {
      out.put("pick_list", field.pickList());
    }
    if (!field.options().isEmpty()) {
      out.put("options", writeOptions(field.options()));
    }
    if (field.toggleHint() != null) {
      out.put("toggle_hint", field.toggleHint());
    }
    if (field.toggleField() != null) {
      out.put("toggle_field", write(field.toggleField()));
    }
    if (!field.properties().isEmpty()) {
      out.put("properties", write(field.properties()));
    }
    if (field.of() != null) {
      out.put("of", field.of().wireName());
    }
    flag(out, "sticky", field.sticky());
    flag(out, "custom", field.custom());
    flag(out, "read_only", field.readOnly());
    return out;
  }

  /** Options as Workato writes them: {@code [["Label", "value"], ...]}. */
  static List<Object> writeOptions(List<PickOption> options) {
    List<Object> out = new ArrayList<>(options.size());
    for (PickOption option : options) {
      out.add(List.of(option.label(), option.value()));
    }
    return out;
  }

  static Field read(Object json) {
    Map<?, ?> map = map(json, "a field");
    Field.Builder builder =
        Field.builder(text(map, "name"), fieldType(text(map, "type")))
            .label(text(map, "label"))
            .optional(flag(map, "optional"))
            .hint(optionalText(map, "hint"))
            .pickList(optionalText(map, "pick_list"))
            .sticky(flag(map, "sticky"))
            .custom(flag(map, "custom"))
            .readOnly(flag(map, "read_only"));
    String controlType = optionalText(map, "control_type");
    if (controlType != null) {
      builder.controlType(controlType(controlType));
    }
    if (map.get("options") != null) {
      List<PickOption> options = new ArrayList<>();
      for (Object option : list(map.get("options"), "options")) {
        List<?> pair = list(option, "an option [label, value]");
        if (pair.size() != 2) {
          throw new IllegalArgumentException("options: expected [label, value], got " + pair);
        }
        options.add(new PickOption(String.valueOf(pair.get(0)), String.valueOf(pair.get(1))));
      }
      builder.options(options);
    }
    Object toggleField = map.get("toggle_field");
    builder.toggle(
        optionalText(map, "toggle_hint"), toggleField == null ? null : read(toggleField));
    if (map.get("properties") != null) {
      List<Field> properties = new ArrayList<>();
      for (Object property : list(map.get("properties"), "properties")) {
        properties.add(read(property));
      }
      builder.properties(properties);
    }
    String of = optionalText(map, "of");
    if (of != null) {
      builder.of(fieldType(of));
    }
    return builder.build();
  }

  private static void flag(Map<String, Object> out, String name, boolean value) {
    if (value) {
      out.put(name, true);
    }
  }

  private static boolean flag(Map<?, ?> map, String name) {
    Object value = map.get(name);
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    throw new IllegalArgumentException(name + ": expected true or false, got " + Json.kind(value));
  }

  private static String text(Map<?, ?> map, String name) {
    String value = optionalText(map, name);
    if (value == null) {
      throw new IllegalArgumentException(name + " is required in a field");
    }
    return value;
  }

  private static String optionalText(Map<?, ?> map, String name) {
    Object value = map.get(name);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new IllegalArgumentException(name + ": expected a string, got " + Json.kind(value));
  }

  private static Map<?, ?> map(Object json, String what) {
    if (json instanceof Map<?, ?> map) {
      return map;
    }
    throw new IllegalArgumentException("expected " + what + " (an object), got " + Json.kind(json));
  }

  private static List<?> list(Object json, String what) {
    if (json instanceof List<?> list) {
      return list;
    }
    throw new IllegalArgumentException(what + ": expected an array, got " + Json.kind(json));
  }

  private static FieldType fieldType(String wireName) {
    for (FieldType type : FieldType.values()) {
      if (type.wireName().equals(wireName)) {
        return type;
      }
    }
    throw new IllegalArgumentException("type: unknown field type '" + wireName + "'");
  }

  private static ControlType controlType(String wireName) {
    for (ControlType type : ControlType.values()) {
      if (type.wireName().equals(wireName)) {
        return type;
      }
    }
    throw new IllegalArgumentException("control_type: unknown control type '" + wireName + "'");
  }
}
