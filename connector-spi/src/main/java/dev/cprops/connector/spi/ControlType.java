package dev.cprops.connector.spi;

/** How a recipe editor renders a {@link Field}, in Workato's schema vocabulary. */
public enum ControlType {
  TEXT("text"),
  TEXT_AREA("text-area"),
  PLAIN_TEXT("plain-text"),
  EMAIL("email"),
  URL("url"),
  PHONE("phone"),
  SELECT("select"),
  MULTISELECT("multiselect"),
  CHECKBOX("checkbox"),
  DATE("date"),
  DATE_TIME("date_time"),
  NUMBER("number"),
  INTEGER("integer"),
  PASSWORD("password"),
  KEY_VALUE("key_value");

  private final String wireName;

  ControlType(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in a manifest, e.g. {@code "text-area"}. */
  public String wireName() {
    return wireName;
  }
}
