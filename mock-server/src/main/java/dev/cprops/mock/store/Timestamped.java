package dev.cprops.mock.store;

/** A stored item that lists can order: a unique key and its creation and last-change times. */
public interface Timestamped {
  String key();

  long createdAt();

  long updatedAt();
}
