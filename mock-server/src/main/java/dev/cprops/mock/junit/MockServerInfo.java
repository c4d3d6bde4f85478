package dev.cprops.mock.junit;

import dev.cprops.mock.MockServer;
import dev.cprops.mock.seed.Seed;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * What a test needs to talk to the mock server of its {@link MockServerTest} class: URLs, the
 * vendor keys, the demo partners' keys, and ways to reset the state between tests. Thread-safe.
 */
public final class MockServerInfo {
  private final MockServer server;

  MockServerInfo(MockServer server) {
    this.server = server;
  }

  /** The API's base URL, e.g. {@code http://127.0.0.1:53211/api/v2}. */
  public String baseUrl() {
    return server.baseUrl();
  }

  /** The server's root URL, e.g. {@code http://127.0.0.1:53211}. */
  public String rootUrl() {
    return server.rootUrl();
  }

  /** WireMock's admin URL, e.g. {@code http://127.0.0.1:53211/__admin}. */
  public String adminUrl() {
    return server.adminUrl();
  }

  public int port() {
    return server.port();
  }

  /** The vendor's public key (HTTP Basic user). */
  public String publicKey() {
    return server.publicKey();
  }

  /** The vendor's secret key (HTTP Basic password). */
  public String secretKey() {
    return server.secretKey();
  }

  /** The value of an {@code Authorization} header with the vendor keys. */
  public String vendorAuthorization() {
    String credentials = server.publicKey() + ":" + server.secretKey();
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  /** The seeded demo partners' API keys by partner_key. */
  public Map<String, String> partnerKeys() {
    return server.partnerKeys();
  }

  /**
   * The API key of one seeded partner.
   *
   * @throws NoSuchElementException when no such partner was seeded
   */
  public String partnerKey(String partnerKey) {
    String apiKey = server.partnerKeys().get(partnerKey);
    if (apiKey == null) {
      throw new NoSuchElementException(
          "No seeded partner '" + partnerKey + "': seeded " + server.partnerKeys().keySet());
    }
    return apiKey;
  }

  /** Empties the store; the vendor keys stay valid. */
  public void reset() {
    server.reset();
  }

  /** Replaces the state with the seed of the {@link MockServerTest} annotation. */
  public void reseed() {
    server.reseed();
  }

  /** Replaces the state with another seed. */
  public void seed(Seed seed, int customers) {
    server.seed(seed, customers);
  }

  /** The server itself, for what this class does not cover (e.g. its store). */
  public MockServer server() {
    return server;
  }
}
