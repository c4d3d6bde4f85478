package dev.cprops.mock.portal;

/**
 * A browser's session: who signed in (nobody yet, the vendor or one partner), the token every write
 * must carry, and a message for the next page. Identified by a random id held in an HttpOnly,
 * SameSite=Strict cookie; the keys used to sign in are never kept.
 */
final class Session {
  /** Who a session acts as. */
  enum Role {
    ANONYMOUS,
    VENDOR,
    PARTNER
  }

  private final String id;
  private final String csrfToken;
  private final Role role;
  private final String partnerKey;
  private volatile String flash;
  private volatile long lastSeen;

  Session(String id, String csrfToken, Role role, String partnerKey, long now) {
    this.id = id;
    this.csrfToken = csrfToken;
    this.role = role;
    this.partnerKey = partnerKey;
    this.lastSeen = now;
  }

  String id() {
    return id;
  }

  String csrfToken() {
    return csrfToken;
  }

  Role role() {
    return role;
  }

  boolean vendor() {
    return role == Role.VENDOR;
  }

  boolean partner() {
    return role == Role.PARTNER;
  }

  boolean signedIn() {
    return role != Role.ANONYMOUS;
  }

  /** The partner_key of a partner's session; null otherwise. */
  String partnerKey() {
    return partnerKey;
  }

  /** Leaves a message for the next page shown. */
  void flash(String message) {
    this.flash = message;
  }

  /** The message left for this page, once. */
  String takeFlash() {
    String message = flash;
    flash = null;
    return message;
  }

  long lastSeen() {
    return lastSeen;
  }

  void touch(long now) {
    lastSeen = now;
  }

  @Override
  public String toString() {
    return "Session[role=" + role + ", partnerKey=" + partnerKey + "]";
  }
}
