package dev.cprops.connector.spi;

import java.util.Objects;

/**
 * One entry of a pick list: what the builder sees ({@code label}) and what the recipe receives
 * ({@code value}).
 */
public record PickOption(String label, String value) {
  public PickOption {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
  }
}
