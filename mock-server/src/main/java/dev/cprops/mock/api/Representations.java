package dev.cprops.mock.api;

import dev.cprops.mock.store.Customer;
import dev.cprops.mock.store.Page;
import dev.cprops.mock.store.Partnership;
import dev.cprops.mock.store.PropertyDefinition;
import dev.cprops.mock.store.PropertySchema;
import dev.cprops.mock.values.DropdownOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the API's resources, as plain maps and lists for {@code JsonValueWriter}. */
final class Representations {
  private Representations() {}

  static Map<String, Object> page(Page<Map<String, Object>> page) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("has_more", page.hasMore());
    data.put("items", page.items());
    return data;
  }

  static Map<String, Object> property(PropertyDefinition d) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("key", d.key());
    json.put("api_name", d.apiName());
    json.put("label", d.label());
    json.put("type", d.type().apiName());
    json.put("access", d.access().apiName());
    List<Object> options = new ArrayList<>();
    for (DropdownOption option : d.options()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("label", option.label());
      o.put("value", option.value());
      options.add(o);
    }
    json.put("options", options);
    json.put("required", d.required());
    json.put("help_text", d.helpText());
    json.put("position", d.position());
    json.put("currency", d.currency());
    json.put("archived", d.archived());
    json.put("created_at", d.createdAt());
    json.put("updated_at", d.updatedAt());
    return json;
  }

  /**
   * A customer as the vendor ({@code forPartner} false: all four access levels) or a partner
   * ({@code editable} and {@code read_only} only) sees it; values of archived properties are not
   * shown. {@code fields} lists every visible property, with {@code null} for no value.
   */
  static Map<String, Object> customer(
      Customer c, PropertySchema schema, boolean forPartner, boolean withFields) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("key", c.key());
    json.put("customer_key", c.customerKey());
    json.put("email", c.email());
    json.put("name", c.name());
    json.put("partner_key", c.partnerKey());
    json.put("partnership_key", c.partnershipKey());
    json.put("provider_key", c.providerKey());
    json.put("test", c.test());
    json.put("archived", c.archived());
    json.put("created_at", c.createdAt());
    json.put("updated_at", c.updatedAt());
    Map<String, Object> meta = new LinkedHashMap<>();
    List<Object> fields = new ArrayList<>();
    for (PropertyDefinition d : schema.active()) {
      if (forPartner && !d.access().visibleToPartners()) {
        continue;
      }
      Object value = c.meta().get(d.apiName());
      if (value != null) {
        meta.put(d.apiName(), value);
      }
      if (withFields) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("api_name", d.apiName());
        field.put("label", d.label());
        field.put("type", d.type().apiName());
        field.put("access", d.access().apiName());
        field.put("value", value);
        fields.add(field);
      }
    }
    json.put("meta", meta);
    if (withFields) {
      json.put("fields", fields);
    }
    return json;
  }

  static Map<String, Object> partnership(Partnership p, String apiKey) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("key", p.key());
    json.put("partner_key", p.partnerKey());
    json.put("email", p.email());
    json.put("name", p.name());
    json.put("created_at", p.createdAt());
    json.put("updated_at", p.updatedAt());
    if (apiKey != null) {
      json.put("api_key", apiKey);
    }
    return json;
  }
}
