package dev.cprops.mock.crm;

import dev.cprops.mock.persistence.DurablePart;
import dev.cprops.mock.persistence.RecordFields;
import dev.cprops.mock.persistence.WriteLog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CRM as a part of the durable state: one {@code crm_company} record per company as it is after
 * a change (id, property values, times).
 */
final class CrmPart implements DurablePart {
  static final String COMPANY = "crm_company";

  private final CrmStore store;

  CrmPart(CrmStore store) {
    this.store = store;
  }

  static Map<String, Object> record(Company company) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("kind", COMPANY);
    record.put("id", company.id());
    record.put("properties", company.properties());
    record.put("created_at", company.createdAt());
    record.put("updated_at", company.updatedAt());
    return record;
  }

  @Override
  public String name() {
    return "crm";
  }

  @Override
  public Set<String> kinds() {
    return Set.of(COMPANY);
  }

  @Override
  public void load(RecordFields record) {
    String id = record.string("id");
    if (!id.matches("[1-9][0-9]{0,17}")) {
      throw new IllegalArgumentException("field 'id' is not a company id");
    }
    store.restore(
        new Company(
            id,
            record.stringMap("properties"),
            record.number("created_at"),
            record.number("updated_at")));
  }

  @Override
  public Snapshot snapshot() {
    List<Company> companies = store.all();
    return out -> companies.forEach(company -> out.accept(record(company)));
  }

  @Override
  public long clock() {
    return store.clockTime();
  }

  @Override
  public void advanceClock(long time) {
    store.advanceClock(time);
  }

  @Override
  public void attach(WriteLog log) {
    store.attach(log);
  }
}
