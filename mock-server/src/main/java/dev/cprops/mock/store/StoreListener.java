package dev.cprops.mock.store;

/**
 * Told about every write that the store applied and that changed something, in the order of the
 * writes. Called on the writing thread with the store's write lock held: an implementation must
 * return quickly (hand the work to another thread), must not call back into the store, and must not
 * throw. Writes that change nothing, rejected writes and the items created while seeding are not
 * reported; seeding and clearing are reported as {@link #contentsReplaced()}.
 */
public interface StoreListener {
  /**
   * A customer was created ({@code before} null), updated or archived.
   *
   * @param schema the active property definitions at the time of the write
   */
  void customerWritten(Customer before, Customer after, PropertySchema schema);

  /** A property definition was created ({@code before} null), updated, archived or restored. */
  void propertyWritten(PropertyDefinition before, PropertyDefinition after);

  /** The store was cleared, or its contents replaced by a seed. */
  void contentsReplaced();
}
