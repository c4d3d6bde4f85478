package dev.cprops.mock.store;

import dev.cprops.mock.persistence.RecordFields;
import dev.cprops.mock.values.DropdownOption;
import dev.cprops.mock.values.PropertyType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The store's records in a data directory: each entity's state in the API's field names, with a
 * {@code kind}: {@code property}, {@code customer}, {@code partnership} (with its {@code api_key}).
 */
final class StoreRecords {
  static final String PROPERTY = "property";
  static final String CUSTOMER = "customer";
  static final String PARTNERSHIP = "partnership";

  private StoreRecords() {}

  static Map<String, Object> encode(StoreChange change) {
    if (change instanceof StoreChange.PropertySaved saved) {
      return property(saved.property());
    } else if (change instanceof StoreChange.CustomerSaved saved) {
      return customer(saved.customer());
    } else if (change instanceof StoreChange.PartnershipCreated created) {
      return partnership(created.created());
    }
    throw new IllegalArgumentException("Unknown change " + change.getClass().getName());
  }

  /**
   * The change a record holds.
   *
   * @throws IllegalArgumentException for another kind or a missing or mistyped field
   */
  static StoreChange decode(RecordFields fields) {
    return switch (fields.kind()) {
      case PROPERTY -> new StoreChange.PropertySaved(property(fields));
      case CUSTOMER -> new StoreChange.CustomerSaved(customer(fields));
      case PARTNERSHIP -> new StoreChange.PartnershipCreated(partnership(fields));
      default -> throw new IllegalArgumentException("unknown record kind '" + fields.kind() + "'");
    };
  }

  // ---- property definitions ----

  private static Map<String, Object> property(PropertyDefinition d) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("kind", PROPERTY);
    record.put("key", d.key());
    record.put("api_name", d.apiName());
    record.put("label", d.label());
    record.put("type", d.type().apiName());
    record.put("access", d.access().apiName());
    List<Map<String, Object>> options = new ArrayList<>(d.options().size());
    for (DropdownOption option : d.options()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("label", option.label());
      o.put("value", option.value());
      options.add(o);
    }
    record.put("options", options);
    record.put("required", d.required());
    record.put("help_text", d.helpText());
    record.put("position", d.position());
    record.put("currency", d.currency());
    record.put("archived", d.archived());
    record.put("created_at", d.createdAt());
    record.put("updated_at", d.updatedAt());
    return record;
  }

  private static PropertyDefinition property(RecordFields f) {
    List<DropdownOption> options = new ArrayList<>();
    for (RecordFields option : f.objects("options")) {
      options.add(new DropdownOption(option.string("label"), option.string("value")));
    }
    String type = f.string("type");
    String access = f.string("access");
    return new PropertyDefinition(
        f.string("key"),
        f.string("api_name"),
        f.string("label"),
        PropertyType.fromApiName(type)
            .orElseThrow(() -> new IllegalArgumentException("unknown type '" + type + "'")),
        PropertyAccess.fromApiName(access)
            .orElseThrow(() -> new IllegalArgumentException("unknown access '" + access + "'")),
        options,
        f.bool("required"),
        f.string("help_text"),
        Math.toIntExact(f.number("position")),
        f.nullableString("currency"),
        f.bool("archived"),
        f.number("created_at"),
        f.number("updated_at"));
  }

  // ---- customers ----

  private static Map<String, Object> customer(Customer c) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("kind", CUSTOMER);
    record.put("key", c.key());
    record.put("customer_key", c.customerKey());
    record.put("email", c.email());
    record.put("name", c.name());
    record.put("partner_key", c.partnerKey());
    record.put("partnership_key", c.partnershipKey());
    record.put("provider_key", c.providerKey());
    record.put("test", c.test());
    record.put("archived", c.archived());
    record.put("created_at", c.createdAt());
    record.put("updated_at", c.updatedAt());
    record.put("meta", c.meta());
    return record;
  }

  private static Customer customer(RecordFields f) {
    return new Customer(
        f.string("key"),
        f.nullableString("customer_key"),
        f.string("email"),
        f.nullableString("name"),
        f.string("partner_key"),
        f.nullableString("partnership_key"),
        f.nullableString("provider_key"),
        f.bool("test"),
        f.bool("archived"),
        f.number("created_at"),
        f.number("updated_at"),
        f.object("meta"));
  }

  // ---- partnerships ----

  private static Map<String, Object> partnership(CreatedPartnership created) {
    Partnership p = created.partnership();
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("kind", PARTNERSHIP);
    record.put("key", p.key());
    record.put("partner_key", p.partnerKey());
    record.put("email", p.email());
    record.put("name", p.name());
    record.put("created_at", p.createdAt());
    record.put("updated_at", p.updatedAt());
    record.put("api_key", created.apiKey());
    return record;
  }

  private static CreatedPartnership partnership(RecordFields f) {
    return new CreatedPartnership(
        new Partnership(
            f.string("key"),
            f.string("partner_key"),
            f.nullableString("email"),
            f.nullableString("name"),
            f.number("created_at"),
            f.number("updated_at")),
        f.string("api_key"));
  }
}
