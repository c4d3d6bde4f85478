package dev.cprops.connector.spi;

/** The data type of a {@link Field}, in Workato's schema vocabulary. */
public enum FieldType {
  STRING("string"),
  INTEGER("integer"),
  NUMBER("number"),
  BOOLEAN("boolean"),
  DATE("date"),
  DATE_TIME("date_time"),
  OBJECT("object"),
  ARRAY("array");

  private final String wireName;

  FieldType(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in a manifest, e.g. {@code "date_time"}. */
  public String wireName() {
    return wireName;
  }
}
