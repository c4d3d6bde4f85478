package dev.cprops.connector.client;

/**
 * A partnership (a partner in the vendor's program). {@code toString()} never shows the API key.
 *
 * @param key the server's internal key
 * @param partnerKey the partner's unique key
 * @param email the partner's email
 * @param name the partner's name, or {@code null}
 * @param createdAt epoch milliseconds
 * @param apiKey the partner's API key: only in the answer to a create, {@code null} otherwise
 */
public record Partnership(
    String key, String partnerKey, String email, String name, long createdAt, String apiKey) {
  @Override
  public String toString() {
    return "Partnership[key="
        + key
        + ", partnerKey="
        + partnerKey
        + ", email="
        + email
        + ", name="
        + name
        + ", createdAt="
        + createdAt
        + ", apiKey="
        + (apiKey == null ? null : "[redacted]")
        + "]";
  }
}
