package dev.cprops.connector.spi;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import okio.Buffer;

/**
 * Turns a connector into its JSON manifest: what a recipe editor renders (the connection fields,
 * each action and trigger with its input and output fields, and the pick lists), in Workato's
 * schema vocabulary. Keys appear in a fixed order and attributes with their default value are left
 * out, so the output is stable and diffable.
 */
public final class Manifest {
  private Manifest() {}

  /**
   * The manifest without a connection: dynamic fields are not resolved (operations get {@code null}
   * as their connection) and pick lists are listed by name only.
   */
  public static String describe(Connector connector) {
    return write(connector, null);
  }

  /**
   * The manifest with a connection: dynamic fields and pick list options are resolved through it.
   *
   * @throws ConnectorException if resolving fails
   */
  public static String describe(Connector connector, Connection connection) {
    return write(connector, Objects.requireNonNull(connection, "connection"));
  }

  private static String write(Connector connector, Connection connection) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setIndent("  ");
      writer.beginObject();
      writer.name("id").value(connector.id());
      writer.name("title").value(connector.title());
      writer.name("connection").beginObject();
      ManifestFields.write(writer.name("fields"), connector.connectionFields());
      writer.endObject();
      writer.name("actions").beginArray();
      for (Action action : connector.actions()) {
        writeOperation(writer, action, null, connection);
      }
      writer.endArray();
      writer.name("triggers").beginArray();
      for (Trigger trigger : connector.triggers()) {
        String kind = trigger instanceof PollingTrigger ? "polling" : "webhook";
        writeOperation(writer, trigger, kind, connection);
      }
      writer.endArray();
      writer.name("pick_lists").beginArray();
      for (PickList pickList : connector.pickLists()) {
        writePickList(writer, pickList, connection);
      }
      writer.endArray();
      writer.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  private static void writeOperation(
      JsonWriter writer, Operation operation, String kind, Connection connection)
      throws IOException {
    writer.beginObject();
    writer.name("id").value(operation.id());
    writer.name("title").value(operation.title());
    if (kind != null) {
      writer.name("kind").value(kind);
    }
    if (!operation.help().isEmpty()) {
      writer.name("help").value(operation.help());
    }
    ManifestFields.write(writer.name("input_fields"), operation.inputFields(connection));
    ManifestFields.write(writer.name("output_fields"), operation.outputFields(connection));
    if (!operation.sampleOutput().isEmpty()) {
      JsonValues.write(writer.name("sample_output"), operation.sampleOutput());
    }
    writer.endObject();
  }

  private static void writePickList(JsonWriter writer, PickList pickList, Connection connection)
      throws IOException {
    writer.beginObject();
    writer.name("name").value(pickList.name());
    if (connection != null) {
      ManifestFields.writeOptions(writer.name("options"), pickList.options(connection));
    }
    writer.endObject();
  }
}
