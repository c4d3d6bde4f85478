package dev.cprops.mock.http;

import java.time.Duration;
import java.util.Objects;

/**
 * What the {@link FrontDoor} enforces before a request reaches WireMock.
 *
 * @param maxApiBodyBytes the largest body of a request to the API ({@code /api/...}) or the CRM
 *     ({@code /crm/...}); a larger one is answered 413 as soon as it is known, before it is read
 *     whole
 * @param maxOtherBodyBytes the largest body of any other request (WireMock's {@code /__admin}
 *     routes, stubs users add)
 * @param readTimeout the longest wait for the next bytes of a request body; then 408
 * @param minDataRate the slowest a request body may arrive, in bytes per second, averaged from the
 *     start of the request once {@link #DATA_RATE_GRACE} has passed; then 408
 * @param adminToken the token {@code /__admin} requests must carry as {@code Authorization: Bearer
 *     <token>}; null for none
 * @param bindHost the address the server listens on: a {@code Host} header naming it is local
 */
public record FrontDoorSettings(
    long maxApiBodyBytes,
    long maxOtherBodyBytes,
    Duration readTimeout,
    long minDataRate,
    String adminToken,
    String bindHost) {
  public static final long DEFAULT_MAX_API_BODY_BYTES = 1024 * 1024;
  public static final long DEFAULT_MAX_OTHER_BODY_BYTES = 10 * 1024 * 1024;
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
  public static final long DEFAULT_MIN_DATA_RATE = 1024;

  /** How long a request body may take before its average rate is held to the minimum. */
  public static final Duration DATA_RATE_GRACE = Duration.ofSeconds(5);

  /** The longest path and query accepted (then 414): no id or query of the API comes close. */
  public static final int MAX_TARGET_LENGTH = 8 * 1024;

  public FrontDoorSettings {
    if (maxApiBodyBytes < 1 || maxOtherBodyBytes < 1) {
      throw new IllegalArgumentException("body size limits must be 1 byte or more");
    }
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (readTimeout.toMillis() < 1) {
      throw new IllegalArgumentException("read timeout must be 1 ms or more, was " + readTimeout);
    }
    if (minDataRate < 0) {
      throw new IllegalArgumentException("minimum data rate must be 0 (off) or more");
    }
    if (adminToken != null && adminToken.isBlank()) {
      throw new IllegalArgumentException("admin token must not be blank");
    }
    Objects.requireNonNull(bindHost, "bindHost");
  }
}
