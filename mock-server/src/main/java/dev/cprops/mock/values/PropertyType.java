package dev.cprops.mock.values;

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

  public String apiName() {
    return apiName;
  }

  public static Optional<PropertyType> fromApiName(String apiName) {
    return Arrays.stream(values()).filter(t -> t.apiName.equals(apiName)).findFirst();
  }
}
