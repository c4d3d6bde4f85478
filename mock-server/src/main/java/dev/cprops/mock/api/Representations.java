package dev.cprops.mock.api;

import dev.cprops.mock.store.Customer;
import dev.cprops.mock.store.Page;
import dev.cprops.mock.store.Partnership;
import dev.cprops.mock.store.PropertyDefinition;
import dev.cprops.mock.store.PropertySchema;
import dev.cprops.mock.values.DropdownOption;
import dev.cprops.mock.webhooks.DeliveryAttempt;
import dev.cprops.mock.webhooks.ResourceViews;
import dev.cprops.mock.webhooks.Webhook;
import dev.cprops.mock.webhooks.WebhookEventType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the API's resources, as plain maps and lists for {@code JsonValueWriter}. */
final class Representations {
  /** What a vendor's GET returns, for the {@code data} of webhook events. */
  static final ResourceViews VENDOR_VIEWS =
      new ResourceViews() {
        @Override
        public Map<String, Object> customer(Customer customer, PropertySchema schema) {
          return Representations.customer(customer, schema, false, true);
        }

        @Override
        public Map<String, Object> property(PropertyDefinition definition) {
          return Representations.property(definition);
        }
      };

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

  /** A webhook; its secret only when {@code withSecret} (the create response). */
  static Map<String, Object> webhook(Webhook w, boolean withSecret) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("key", w.key());
    json.put("target", w.target());
    json.put("events", w.events().stream().map(WebhookEventType::apiName).toList());
    if (withSecret) {
      json.put("secret", w.secret());
    }
    json.put("created_at", w.createdAt());
    json.put("updated_at", w.updatedAt());
    return json;
  }

  static Map<String, Object> delivery(DeliveryAttempt d) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("key", d.key());
    json.put("webhook_key", d.webhookKey());
    json.put("event", d.event().apiName());
    json.put("event_key", d.eventKey());
    json.put("attempt", d.attempt());
    json.put("target", d.target());
    json.put("status_code", d.statusCode());
    json.put("error", d.error());
    json.put("duration_ms", d.durationMs());
    json.put("succeeded", d.succeeded());
    json.put("next_attempt_at", d.nextAttemptAt());
    json.put("created_at", d.createdAt());
    return json;
  }
}
