package dev.cprops.connector.client;

import java.util.Objects;

/** One option of a dropdown property: the label people see and the value the API stores. */
public record PropertyOption(String label, String value) {
  public PropertyOption {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
  }
}
