package dev.cprops.connector.client;

import java.time.Instant;

/**
 * The rate-limit headers of the latest response that carried them.
 *
 * @param limit {@code X-RateLimit-Limit}: requests allowed per window
 * @param remaining {@code X-RateLimit-Remaining}: requests left in this window
 * @param reset {@code X-RateLimit-Reset}: when the window resets
 */
public record RateLimitStatus(long limit, long remaining, Instant reset) {}
