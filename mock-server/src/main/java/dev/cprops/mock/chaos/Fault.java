package dev.cprops.mock.chaos;

import java.util.Arrays;
import java.util.Optional;

/** The faults chaos can inject into an API call, by the names the admin API uses. */
public enum Fault {
  /** {@code 500} in the error envelope. */
  SERVER_ERROR("500"),
  /** {@code 503} in the error envelope. */
  SERVICE_UNAVAILABLE("503"),
  /** {@code 429} in the error envelope, with {@code Retry-After}. */
  TOO_MANY_REQUESTS("429"),
  /** No answer: the server resets the connection (the client sees an I/O error). */
  CONNECTION_RESET("connection_reset"),
  /** The call is held for a while (a random time in the configured range), then runs normally. */
  DELAY("delay");

  private final String apiName;

  Fault(String apiName) {
    this.apiName = apiName;
  }

  public String apiName() {
    return apiName;
  }

  public static Optional<Fault> fromApiName(String name) {
    return Arrays.stream(values()).filter(fault -> fault.apiName.equals(name)).findFirst();
  }
}
