package dev.cprops.mock.api;

import dev.cprops.mock.json.JsonValueWriter;
import dev.cprops.mock.store.Customer;
import dev.cprops.mock.store.PropertyDefinition;
import dev.cprops.mock.store.PropertySchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes customers straight into JSON text, exactly as {@link Representations#customer} represents
 * them with {@code fields} in one view (the vendor's or a partner's) and one schema: no maps in
 * between, and what depends on the schema alone (each meta key; each field's {@code api_name},
 * {@code label}, {@code type} and {@code access}) is written once, here, not per customer.
 * Immutable.
 */
final class CustomerJson {
  private final PropertySchema schema;

  /** The visible definitions' meta keys: {@code "api_name":}. */
  private final String[] metaKeys;

  /** The visible definitions' api_names. */
  private final String[] apiNames;

  /** The visible definitions' fields up to their value: {@code {"api_name":..,"value":}. */
  private final String[] fieldOpenings;

  CustomerJson(PropertySchema schema, boolean forPartner) {
    this.schema = schema;
    List<PropertyDefinition> visible = new ArrayList<>();
    for (PropertyDefinition definition : schema.active()) {
      if (!forPartner || definition.access().visibleToPartners()) {
        visible.add(definition);
      }
    }
    int count = visible.size();
    this.metaKeys = new String[count];
    this.apiNames = new String[count];
    this.fieldOpenings = new String[count];
    for (int i = 0; i < count; i++) {
      PropertyDefinition d = visible.get(i);
      apiNames[i] = d.apiName();
      metaKeys[i] = JsonValueWriter.render(json -> member(json, d.apiName()));
      fieldOpenings[i] =
          JsonValueWriter.render(
              json -> {
                json.append('{');
                member(json, "api_name");
                JsonValueWriter.appendString(json, d.apiName());
                json.append(',');
                member(json, "label");
                JsonValueWriter.appendString(json, d.label());
                json.append(',');
                member(json, "type");
                JsonValueWriter.appendString(json, d.type().apiName());
                json.append(',');
                member(json, "access");
                JsonValueWriter.appendString(json, d.access().apiName());
                json.append(',');
                member(json, "value");
              });
    }
  }

  /** Whether this writes with {@code schema} (the very instance). */
  boolean writesWith(PropertySchema schema) {
    return this.schema == schema;
  }

  /** The customer's JSON in this view, with this writer's schema. */
  String write(Customer c) {
    return JsonValueWriter.render(json -> write(json, c));
  }

  private void write(StringBuilder json, Customer c) {
    json.append('{');
    member(json, "key");
    JsonValueWriter.appendString(json, c.key());
    json.append(',');
    member(json, "customer_key");
    JsonValueWriter.appendValue(json, c.customerKey());
    json.append(',');
    member(json, "email");
    JsonValueWriter.appendValue(json, c.email());
    json.append(',');
    member(json, "name");
    JsonValueWriter.appendValue(json, c.name());
    json.append(',');
    member(json, "partner_key");
    JsonValueWriter.appendValue(json, c.partnerKey());
    json.append(',');
    member(json, "partnership_key");
    JsonValueWriter.appendValue(json, c.partnershipKey());
    json.append(',');
    member(json, "provider_key");
    JsonValueWriter.appendValue(json, c.providerKey());
    json.append(",\"test\":").append(c.test());
    json.append(",\"archived\":").append(c.archived());
    json.append(",\"created_at\":").append(c.createdAt());
    json.append(",\"updated_at\":").append(c.updatedAt());
    json.append(",\"meta\":{");
    Object[] values = new Object[apiNames.length];
    boolean first = true;
    for (int i = 0; i < apiNames.length; i++) {
      values[i] = c.meta().get(apiNames[i]);
      if (values[i] != null) {
        if (!first) {
          json.append(',');
        }
        first = false;
        json.append(metaKeys[i]);
        JsonValueWriter.appendValue(json, values[i]);
      }
    }
    json.append("},\"fields\":[");
    for (int i = 0; i < apiNames.length; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append(fieldOpenings[i]);
      JsonValueWriter.appendValue(json, values[i]);
      json.append('}');
    }
    json.append("]}");
  }

  private static void member(StringBuilder json, String name) {
    JsonValueWriter.appendString(json, name);
    json.append(':');
  }
}
