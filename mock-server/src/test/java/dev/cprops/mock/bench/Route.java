package dev.cprops.mock.bench;

import java.nio.charset.StandardCharsets;

/**
 * The two measured routes. A PATCH sets the customer's {@code seats} to 100001 and 100002 in turn,
 * so every PATCH really changes the customer (the demo data has far fewer seats).
 */
enum Route {
  GET,
  PATCH;

  private static final byte[][] PATCH_BODIES = {
    "{\"meta\":{\"seats\":100001}}".getBytes(StandardCharsets.UTF_8),
    "{\"meta\":{\"seats\":100002}}".getBytes(StandardCharsets.UTF_8)
  };

  /** The body of the {@code write}-th request to one customer (0, 1, ...), or null. */
  byte[] body(int write) {
    return this == PATCH ? PATCH_BODIES[write % 2] : null;
  }
}
