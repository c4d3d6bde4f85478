package dev.cprops.mock.chaos;

import java.util.Arrays;
import java.util.Optional;

/** The setting {@code when}: which {@link Phase} faults strike in. */
public enum Timing {
  BEFORE_WRITE("before_write"),
  AFTER_WRITE("after_write"),
  /** Either phase, with equal probability. */
  ANY("any");

  private final String apiName;

  Timing(String apiName) {
    this.apiName = apiName;
  }

  public String apiName() {
    return apiName;
  }

  /** The phase of one fault; {@code coin} decides for {@link #ANY}. */
  Phase phase(boolean coin) {
    return switch (this) {
      case BEFORE_WRITE -> Phase.BEFORE_WRITE;
      case AFTER_WRITE -> Phase.AFTER_WRITE;
      case ANY -> coin ? Phase.AFTER_WRITE : Phase.BEFORE_WRITE;
    };
  }

  public static Optional<Timing> fromApiName(String name) {
    return Arrays.stream(values()).filter(timing -> timing.apiName.equals(name)).findFirst();
  }
}
