package dev.cprops.mock.store;

import dev.cprops.mock.persistence.DurablePart;
import dev.cprops.mock.persistence.RecordFields;
import dev.cprops.mock.persistence.WriteLog;
import java.util.Set;

/** The store as a part of the durable state: partnerships, property definitions, customers. */
final class StorePart implements DurablePart {
  private final CustomerPropertiesStore store;

  StorePart(CustomerPropertiesStore store) {
    this.store = store;
  }

  @Override
  public String name() {
    return "store";
  }

  @Override
  public Set<String> kinds() {
    return Set.of(StoreRecords.PROPERTY, StoreRecords.CUSTOMER, StoreRecords.PARTNERSHIP);
  }

  @Override
  public void load(RecordFields record) {
    store.apply(StoreRecords.decode(record));
  }

  @Override
  public Snapshot snapshot() {
    StoreState state = store.exportState();
    return out -> {
      for (CreatedPartnership partnership : state.partnerships()) {
        out.accept(StoreRecords.encode(new StoreChange.PartnershipCreated(partnership)));
      }
      for (PropertyDefinition property : state.properties()) {
        out.accept(StoreRecords.encode(new StoreChange.PropertySaved(property)));
      }
      for (Customer customer : state.customers()) {
        out.accept(StoreRecords.encode(new StoreChange.CustomerSaved(customer)));
      }
    };
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
    store.attachWriteLog(log);
  }
}
