package dev.cprops.mock.persistence;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One part of the server's state kept in a data directory ({@link DurableState}): the store, the
 * webhooks, the CRM. The part owns its record kinds: it writes them ({@link WriteLog#append},
 * {@link #snapshot}) and reads them back ({@link #load}); the data directory only frames, orders
 * and routes them by {@code kind}.
 *
 * <p>Lifecycle: a new, empty part is {@linkplain #load loaded} with the records of the snapshot and
 * the journal, in order; then {@link #attach} hands it the write log it records every later change
 * in.
 */
public interface DurablePart {
  /** The whole state of a part at one moment, written out as records later. */
  @FunctionalInterface
  interface Snapshot {
    /** Gives every record that restores the state, each a JSON object with a {@code kind}. */
    void records(Consumer<Map<String, Object>> out);
  }

  /** A short name for messages, e.g. {@code "webhooks"}. */
  String name();

  /** The record kinds this part writes and reads; no two parts share one. */
  Set<String> kinds();

  /**
   * Applies one record read back, from a snapshot or the journal, in the order they were written:
   * no validation of the request that caused it is re-run, no key or time is generated.
   *
   * @throws IllegalArgumentException when the record is malformed (a field missing or of the wrong
   *     type), naming the field but never a secret's value
   */
  void load(RecordFields record);

  /**
   * The whole state as of now. Called while no write runs: the part copies what it needs (cheaply:
   * its values are immutable) and returns; the records are produced later, while writes go on.
   */
  Snapshot snapshot();

  /** The last time the part handed out (epoch ms), 0 when none. */
  long clock();

  /** Never hands out {@code time} or an earlier time again (restored from a snapshot). */
  void advanceClock(long time);

  /** Loading is over: from now on every change is made through {@code log}. */
  void attach(WriteLog log);
}
