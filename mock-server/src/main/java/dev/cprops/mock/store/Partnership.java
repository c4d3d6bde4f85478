package dev.cprops.mock.store;

/**
 * A partnership: a partner of the vendor's program. The partner's API key is not part of it (it is
 * shown once, on create); {@link #toString()} therefore holds no secret.
 */
public record Partnership(
    String key, String partnerKey, String email, String name, long createdAt, long updatedAt)
    implements Timestamped {}
