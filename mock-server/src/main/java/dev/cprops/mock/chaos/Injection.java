package dev.cprops.mock.chaos;

/**
 * One fault chosen for one API call.
 *
 * @param fault what goes wrong
 * @param phase before or after the call is handled
 * @param delayMillis how long a {@link Fault#DELAY} holds the call (0 for other faults)
 * @param retryAfterSeconds the {@code Retry-After} of an injected {@code 429}
 */
public record Injection(Fault fault, Phase phase, long delayMillis, int retryAfterSeconds) {}
