package dev.cprops.mock.persistence;

import dev.cprops.mock.json.JsonSyntaxException;
import dev.cprops.mock.json.JsonValueReader;
import dev.cprops.mock.json.JsonValueWriter;
import dev.cprops.mock.store.CreatedPartnership;
import dev.cprops.mock.store.Customer;
import dev.cprops.mock.store.Partnership;
import dev.cprops.mock.store.PropertyAccess;
import dev.cprops.mock.store.PropertyDefinition;
import dev.cprops.mock.store.StoreChange;
import dev.cprops.mock.values.DropdownOption;
import dev.cprops.mock.values.PropertyType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The payload of each record: a JSON object whose {@code "kind"} says what it holds, the other
 * fields being the entity's state in the API's field names. Kinds: {@code property}, {@code
 * customer}, {@code partnership} (with its {@code api_key}) in journals and snapshots; {@code
 * snapshot} (the header: the store's clock) and {@code end} (the record count) in snapshots only.
 */
final class RecordCodec {
  static final String PROPERTY = "property";
  static final String CUSTOMER = "customer";
  static final String PARTNERSHIP = "partnership";
  static final String SNAPSHOT = "snapshot";
  static final String END = "end";

  private static final JsonValueReader READER =
      new JsonValueReader(JsonValueReader.DEFAULT_MAX_DEPTH);

  private RecordCodec() {}

  static byte[] encode(StoreChange change) {
    if (change instanceof StoreChange.PropertySaved saved) {
      return JsonValueWriter.write(property(saved.property()));
    } else if (change instanceof StoreChange.CustomerSaved saved) {
      return JsonValueWriter.write(customer(saved.customer()));
    } else if (change instanceof StoreChange.PartnershipCreated created) {
      return JsonValueWriter.write(partnership(created.created()));
    }
    throw new IllegalArgumentException("Unknown change " + change.getClass().getName());
  }

  static byte[] snapshotHeader(long clock) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("kind", SNAPSHOT);
    record.put("clock", clock);
    return JsonValueWriter.write(record);
  }

  static byte[] snapshotEnd(long records) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("kind", END);
    record.put("records", records);
    return JsonValueWriter.write(record);
  }

  /**
   * Parses a payload.
   *
   * @throws IllegalArgumentException when it is not a JSON object with a kind
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(byte[] payload) {
    Object value;
    try {
      value = READER.read(payload);
    } catch (JsonSyntaxException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
    if (!(value instanceof Map<?, ?> map) || !(map.get("kind") instanceof String)) {
      throw new IllegalArgumentException("a record is not a JSON object with a kind");
    }
    return (Map<String, Object>) map;
  }

  static String kind(Map<String, Object> record) {
    return (String) record.get("kind");
  }

  /**
   * The change a parsed record holds.
   *
   * @throws IllegalArgumentException for an unknown kind or a missing or mistyped field
   */
  static StoreChange decodeChange(Map<String, Object> record) {
    RecordFields fields = new RecordFields(record);
    return switch (kind(record)) {
      case PROPERTY -> new StoreChange.PropertySaved(property(fields));
      case CUSTOMER -> new StoreChange.CustomerSaved(customer(fields));
      case PARTNERSHIP -> new StoreChange.PartnershipCreated(partnership(fields));
      default -> throw new IllegalArgumentException("unknown record kind '" + kind(record) + "'");
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
    for (Object item : f.list("options")) {
      if (!(item instanceof Map<?, ?>)) {
        throw new IllegalArgumentException("field 'options' holds a non-object");
      }
      @SuppressWarnings("unchecked")
      RecordFields option = new RecordFields((Map<String, Object>) item);
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
