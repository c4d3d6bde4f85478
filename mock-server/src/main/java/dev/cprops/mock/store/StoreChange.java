package dev.cprops.mock.store;

/**
 * One change the store applied, as the resulting state of the entity it touched (not the request
 * that caused it): replaying changes never re-runs validation nor regenerates keys or times. A new
 * kind of stored entity adds a record here, a case to {@link CustomerPropertiesStore#apply}, and
 * one to {@link StoreRecords} (and its kind to {@link StorePart#kinds()}).
 */
public sealed interface StoreChange {
  /** A property definition was created or changed (archiving included). */
  record PropertySaved(PropertyDefinition property) implements StoreChange {}

  /** A customer was created or changed (archiving included). */
  record CustomerSaved(Customer customer) implements StoreChange {}

  /** A partnership was created, with its API key ({@code toString()} redacts the key). */
  record PartnershipCreated(CreatedPartnership created) implements StoreChange {}
}
