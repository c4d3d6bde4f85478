package dev.cprops.connector.internal.actions;

/**
 * Which request an upsert by {@code customer_key} tries first. Both end in the same state and the
 * same result; they differ in requests: {@link #LOOKUP_FIRST} costs one more for a new customer,
 * {@link #CREATE_FIRST} one more for an existing one.
 */
public enum UpsertOrder {
  /** Read the customer; create it when there is none ({@code GET}, then {@code POST}). */
  LOOKUP_FIRST,
  /**
   * Create the customer; when its {@code customer_key} exists ({@code 409}), read it and write only
   * what differs ({@code POST}, then {@code GET} and maybe {@code PATCH}).
   */
  CREATE_FIRST
}
