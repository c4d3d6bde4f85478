package dev.cprops.connector.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a connector into its JSON manifest: what a recipe editor renders (the connection fields,
 * each action and trigger with its input and output fields, and the pick lists), in Workato's
 * schema vocabulary. Keys appear in a fixed order and attributes with their default value are left
 * out, so the output is stable and diffable. {@link #readField(Object)} reads a field back, so a
 * platform that receives a manifest gets the same {@link Field}s the connector declared.
 */
public final class Manifest {
  private Manifest() {}

  /**
   * The manifest without a connection: dynamic fields are not resolved (operations get {@code null}
   * as their connection) and pick lists are listed by name only.
   */
  public static String describe(Connector connector) {
    return Json.pretty(tree(connector, null));
  }

  /**
   * The manifest with a connection: dynamic fields and pick list options are resolved through it.
   *
   * @throws ConnectorException if resolving fails
   */
  public static String describe(Connector connector, Connection connection) {
    return Json.pretty(tree(connector, Objects.requireNonNull(connection, "connection")));
  }

  /**
   * The manifest as JSON values (maps and lists), for a platform that embeds it in its own JSON.
   *
   * @param connection resolves dynamic fields and pick lists; {@code null} for none
   */
  public static Map<String, Object> tree(Connector connector, Connection connection) {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("id", connector.id());
    manifest.put("title", connector.title());
    manifest.put(
        "connection", Map.of("fields", ManifestFields.write(connector.connectionFields())));
    List<Object> actions = new ArrayList<>();
    for (Action action : connector.actions()) {
      actions.add(operation(action, null, connection));
    }
    manifest.put("actions", actions);
    List<Object> triggers = new ArrayList<>();
    for (Trigger trigger : connector.triggers()) {
      String kind = trigger instanceof PollingTrigger ? "polling" : "webhook";
      triggers.add(operation(trigger, kind, connection));
    }
    manifest.put("triggers", triggers);
    List<Object> pickLists = new ArrayList<>();
    for (PickList pickList : connector.pickLists()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", pickList.name());
      if (connection != null) {
        entry.put("options", ManifestFields.writeOptions(pickList.options(connection)));
      }
      pickLists.add(entry);
    }
    manifest.put("pick_lists", pickLists);
    return manifest;
  }

  /** One field as the manifest writes it. */
  public static Map<String, Object> writeField(Field field) {
    return ManifestFields.write(field);
  }

  /**
   * Reads a field as {@link #writeField(Field)} wrote it (also after a trip through JSON text).
   *
   * @throws IllegalArgumentException naming the attribute when the JSON is not a field
   */
  public static Field readField(Object json) {
    return ManifestFields.read(json);
  }

  private static Map<String, Object> operation(
      Operation operation, String kind, Connection connection) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", operation.id());
    entry.put("title", operation.title());
    if (kind != null) {
      entry.put("kind", kind);
    }
    if (!operation.help().isEmpty()) {
      entry.put("help", operation.help());
    }
    entry.put("input_fields", ManifestFields.write(operation.inputFields(connection)));
    entry.put("output_fields", ManifestFields.write(operation.outputFields(connection)));
    if (!operation.sampleOutput().isEmpty()) {
      entry.put("sample_output", operation.sampleOutput());
    }
    return entry;
  }
}
