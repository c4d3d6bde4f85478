package dev.cprops.connector.spi;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.List;

/** Writes {@link Field}s in Workato's schema vocabulary, leaving out default attributes. */
final class ManifestFields {
  private ManifestFields() {}

  static void write(JsonWriter writer, List<Field> fields) throws IOException {
    writer.beginArray();
    for (Field field : fields) {
      write(writer, field);
    }
    writer.endArray();
  }

  static void write(JsonWriter writer, Field field) throws IOException {
    writer.beginObject();
    writer.name("name").value(field.name());
    writer.name("label").value(field.label());
    writer.name("type").value(field.type().wireName());
    if (field.controlType() != null) {
      writer.name("control_type").value(field.controlType().wireName());
    }
    writer.name("optional").value(field.optional());
    if (!field.hint().isEmpty()) {
      writer.name("hint").value(field.hint());
    }
    if (field.pickList() != null) {
      writer.name("pick_list").value(field.pickList());
    }
    if (!field.options().isEmpty()) {
      writeOptions(writer.name("options"), field.options());
    }
    if (field.toggleHint() != null) {
      writer.name("toggle_hint").value(field.toggleHint());
    }
    if (field.toggleField() != null) {
      write(writer.name("toggle_field"), field.toggleField());
    }
    if (!field.properties().isEmpty()) {
      write(writer.name("properties"), field.properties());
    }
    if (field.of() != null) {
      writer.name("of").value(field.of().wireName());
    }
    writeFlag(writer, "sticky", field.sticky());
    writeFlag(writer, "custom", field.custom());
    writeFlag(writer, "read_only", field.readOnly());
    writer.endObject();
  }

  /** Options as Workato writes them: {@code [["Label", "value"], ...]}. */
  static void writeOptions(JsonWriter writer, List<PickOption> options) throws IOException {
    writer.beginArray();
    for (PickOption option : options) {
      writer.beginArray().value(option.label()).value(option.value()).endArray();
    }
    writer.endArray();
  }

  private static void writeFlag(JsonWriter writer, String name, boolean value) throws IOException {
    if (value) {
      writer.name(name).value(true);
    }
  }
}
