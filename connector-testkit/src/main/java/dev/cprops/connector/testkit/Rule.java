package dev.cprops.connector.testkit;

/** The rules {@link ConnectorContract} checks; each violation names one. */
public enum Rule {
  /**
   * Connector, action, trigger, pick list and field ids are unique, lower snake case and stable.
   */
  IDS_UNIQUE_AND_STABLE("ids-unique-and-stable"),
  /** Every field has a type and a label; operations have help; inputs have a hint. */
  FIELDS_TYPED_LABELLED_DOCUMENTED("fields-typed-labelled-documented"),
  /** Sample outputs, action outputs and events use only declared output fields and plain values. */
  OUTPUTS_DECLARED("outputs-declared"),
  /** The manifest is JSON, stable, and every field reads back as it was written. */
  MANIFEST_ROUND_TRIPS("manifest-round-trips"),
  /**
   * Trigger cursors serialise as JSON and never move back (nothing delivered is delivered again).
   */
  CURSORS_MOVE_FORWARD("cursors-move-forward"),
  /** An action refuses bad input with an InputException naming the field. */
  BAD_INPUT_NAMES_THE_FIELD("bad-input-names-the-field"),
  /** Every error thrown is a ConnectorException (the SPI's hierarchy). */
  ERRORS_IN_SPI_HIERARCHY("errors-in-spi-hierarchy"),
  /** No method returns null. */
  NO_NULL_RETURNS("no-null-returns"),
  /** The connection given to the kit passes the connector's own test. */
  CONNECTION_WORKS("connection-works");

  private final String id;

  Rule(String id) {
    this.id = id;
  }

  /** The rule's name in messages, e.g. {@code "no-null-returns"}. */
  public String id() {
    return id;
  }
}
