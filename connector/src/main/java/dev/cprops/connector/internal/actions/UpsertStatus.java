package dev.cprops.connector.internal.actions;

import java.util.Locale;

/** What an upsert did with one record. */
public enum UpsertStatus {
  /** No customer matched; one was created. */
  CREATED,
  /** A customer matched and some of its values changed. */
  UPDATED,
  /** A customer matched and already held every value; nothing was written. */
  UNCHANGED,
  /** The record could not be written; the result says why. */
  FAILED;

  /** The name in outputs, e.g. {@code "created"}. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
