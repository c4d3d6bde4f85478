package dev.cprops.mock.bench;

/**
 * A running server under test and how its customers are addressed: {@code pathPrefix + id}. {@code
 * writes} counts the PATCHes sent per customer (by index) across all runs against this target, so
 * that consecutive PATCHes of a customer always alternate values.
 */
record Target(String name, ChildServer server, String pathPrefix, int[] writes) {
  Target(String name, ChildServer server, String pathPrefix, int customers) {
    this(name, server, pathPrefix, new int[customers]);
  }
}
