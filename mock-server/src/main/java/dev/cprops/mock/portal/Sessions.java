package dev.cprops.mock.portal;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The portal's sessions, in memory: random 256-bit ids, a fresh id (and token) at every sign-in so
 * a planted id is worth nothing, idle ones expire, and the oldest go first when there are too many.
 */
final class Sessions {
  static final String COOKIE = "cprops_portal";
  static final Duration IDLE_TIMEOUT = Duration.ofHours(12);
  static final int MAX_SESSIONS = 10_000;

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final LongSupplier clock;

  Sessions(LongSupplier clock) {
    this.clock = clock;
  }

  /** The live session a request's cookie names. */
  Optional<Session> find(PortalRequest request) {
    String id = request.cookies().get(COOKIE);
    if (id == null) {
      return Optional.empty();
    }
    Session session = byId.get(id);
    long now = clock.getAsLong();
    if (session == null || now - session.lastSeen() > IDLE_TIMEOUT.toMillis()) {
      if (session != null) {
        byId.remove(id);
      }
      return Optional.empty();
    }
    session.touch(now);
    return Optional.of(session);
  }

  /** A new anonymous session (for the sign-in form's token). */
  Session anonymous() {
    return create(Session.Role.ANONYMOUS, null);
  }

  /** Replaces {@code previous} (if any) with a new signed-in session. */
  Session signIn(Session previous, Session.Role role, String partnerKey) {
    if (previous != null) {
      byId.remove(previous.id());
    }
    return create(role, partnerKey);
  }

  void end(Session session) {
    byId.remove(session.id());
  }

  /** The Set-Cookie value that hands {@code session} to the browser. */
  static String cookie(Session session) {
    return COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Strict";
  }

  /** The Set-Cookie value that makes the browser forget its session. */
  static String expiredCookie() {
    return COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0";
  }

  private Session create(Session.Role role, String partnerKey) {
    if (byId.size() >= MAX_SESSIONS) {
      byId.values().stream()
          .min(Comparator.comparingLong(Session::lastSeen))
          .ifPresent(oldest -> byId.remove(oldest.id()));
    }
    Session session =
        new Session(randomToken(), randomToken(), role, partnerKey, clock.getAsLong());
    byId.put(session.id(), session);
    return session;
  }

  private String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
