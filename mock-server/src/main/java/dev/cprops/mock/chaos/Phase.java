package dev.cprops.mock.chaos;

/** When a fault strikes relative to the work of the call (for a write: applying it). */
public enum Phase {
  /** Before the call is handled: a write is not applied, nothing changes. */
  BEFORE_WRITE("before_write"),
  /** After the call was handled: a write is applied, but its answer is lost or replaced. */
  AFTER_WRITE("after_write");

  private final String apiName;

  Phase(String apiName) {
    this.apiName = apiName;
  }

  public String apiName() {
    return apiName;
  }
}
