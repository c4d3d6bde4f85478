package dev.cprops.mock.api;

/** Who made an authenticated request: the vendor, or one partner. */
public record Caller(String partnerKey) {
  public static final Caller VENDOR = new Caller(null);
  public static final Caller ANONYMOUS = new Caller("");

  public static Caller partner(String partnerKey) {
    return new Caller(partnerKey);
  }

  public boolean isPartner() {
    return partnerKey != null && !partnerKey.isEmpty();
  }
}
