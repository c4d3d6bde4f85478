package dev.cprops.connector.client;

import java.util.Arrays;
import java.util.Optional;

/** The twelve customer property types, with their API names. */
public enum PropertyType {
  INPUT("input"),
  EMAIL("email"),
  TEXTAREA("textarea"),
  DROPDOWN("dropdown"),
  CHECKBOX("checkbox"),
  COUNTRY("country"),
  REGION("region"),
  DATE("date"),
  CURRENCY("currency"),
  NUMBER("number"),
  URL("url"),
  PHONE("phone");

  private final String apiName;

  PropertyType(String apiName) {
    this.apiName = apiName;
  }

  /** The name the API uses, e.g. {@code "dropdown"}. */
  public String apiName() {
    return apiName;
  }

  /** The type with that API name, or empty for a name this connector does not know. */
  public static Optional<PropertyType> fromApiName(String apiName) {
    return Arrays.stream(values()).filter(t -> t.apiName.equals(apiName)).findFirst();
  }
}
