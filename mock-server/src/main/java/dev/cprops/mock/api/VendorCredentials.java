package dev.cprops.mock.api;

/** The vendor's API keys: the public key is the Basic user, the secret key the password. */
public record VendorCredentials(String publicKey, String secretKey) {
  @Override
  public String toString() {
    return "VendorCredentials[publicKey=" + publicKey + ", secretKey=<redacted>]";
  }
}
