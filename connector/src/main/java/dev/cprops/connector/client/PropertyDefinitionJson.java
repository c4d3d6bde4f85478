package dev.cprops.connector.client;

import dev.cprops.connector.internal.json.JsonObject;
import dev.cprops.connector.spi.ConnectorException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Property definitions to and from the API's JSON. */
final class PropertyDefinitionJson {
  private PropertyDefinitionJson() {}

  public static PropertyDefinition read(JsonObject o) {
    String typeName = o.requiredString("type");
    PropertyType type =
        PropertyType.fromApiName(typeName)
            .orElseThrow(() -> unknown(o.path() + ".type", "property type", typeName));
    String accessName = o.requiredString("access");
    PropertyAccess access =
        PropertyAccess.fromApiName(accessName)
            .orElseThrow(() -> unknown(o.path() + ".access", "access level", accessName));
    List<PropertyOption> options =
        o.objects("options").stream()
            .map(p -> new PropertyOption(p.requiredString("label"), p.requiredString("value")))
            .toList();
    return new PropertyDefinition(
        o.string("key"),
        o.requiredString("api_name"),
        o.string("label"),
        type,
        access,
        options,
        o.bool("required", false),
        o.string("help_text"),
        (int) o.longValue("position", 0),
        o.string("currency"),
        o.bool("archived", false),
        o.longValue("created_at", 0),
        o.longValue("updated_at", 0));
  }

  /** The create body: what the definition specifies, never the server-owned members. */
  public static Map<String, Object> write(PropertyDefinition d) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("api_name", d.apiName());
    body.put("label", d.label());
    body.put("type", d.type().apiName());
    body.put("access", d.access().apiName());
    if (!d.options().isEmpty()) {
      body.put(
          "options",
          d.options().stream().map(p -> Map.of("label", p.label(), "value", p.value())).toList());
    }
    body.put("required", d.required());
    body.put("help_text", d.helpText());
    body.put("position", d.position());
    CustomerJson.putIfPresent(body, "currency", d.currency());
    return body;
  }

  private static ConnectorException unknown(String path, String what, String value) {
    return new ConnectorException(
        "Unexpected response: " + path + ": unknown " + what + " \"" + value + "\"");
  }
}
