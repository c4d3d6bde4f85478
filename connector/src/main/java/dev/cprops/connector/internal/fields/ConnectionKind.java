package dev.cprops.connector.internal.fields;

import dev.cprops.connector.client.PropertyAccess;

/** Who a connection acts as, which decides the properties it may read and write. */
public enum ConnectionKind {
  /** The program manager (vendor API): reads and writes properties of all four access levels. */
  VENDOR,
  /**
   * A partner (partner API): writes {@code editable} properties, reads those and {@code read_only}.
   */
  PARTNER;

  /** Whether a property with this access level is an input of this connection. */
  public boolean writes(PropertyAccess access) {
    return this == VENDOR || access == PropertyAccess.EDITABLE;
  }

  /** Whether a property with this access level is an output of this connection. */
  public boolean reads(PropertyAccess access) {
    return this == VENDOR
        || access == PropertyAccess.EDITABLE
        || access == PropertyAccess.READ_ONLY;
  }
}
