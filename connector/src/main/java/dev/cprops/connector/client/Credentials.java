package dev.cprops.connector.client;

import java.util.Objects;

/**
 * Who the client authenticates as. {@code toString()} never shows a secret.
 *
 * <p>A {@link Vendor} (program manager) uses HTTP Basic with the public key as user and the secret
 * key as password, and may call every vendor route; a {@link Partner} sends {@code Authorization:
 * Bearer <partner api key>} and may call only the {@code /partner/...} routes.
 */
public sealed interface Credentials {

  /** The vendor keys; both must be non-blank. */
  static Vendor vendor(String publicKey, String secretKey) {
    return new Vendor(publicKey, secretKey);
  }

  /** A partner's API key; must be non-blank. */
  static Partner partner(String apiKey) {
    return new Partner(apiKey);
  }

  /** The secret values, so that loggers can blank them wherever they appear. */
  java.util.List<String> secrets();

  /** Vendor (program manager) keys for HTTP Basic. */
  record Vendor(String publicKey, String secretKey) implements Credentials {
    public Vendor {
      requireText(publicKey, "publicKey");
      requireText(secretKey, "secretKey");
    }

    @Override
    public java.util.List<String> secrets() {
      return java.util.List.of(secretKey);
    }

    @Override
    public String toString() {
      return "Vendor[publicKey=" + publicKey + ", secretKey=[redacted]]";
    }
  }

  /** A partner's API key for Bearer authentication. */
  record Partner(String apiKey) implements Credentials {
    public Partner {
      requireText(apiKey, "apiKey");
    }

    @Override
    public java.util.List<String> secrets() {
      return java.util.List.of(apiKey);
    }

    @Override
    public String toString() {
      return "Partner[apiKey=[redacted]]";
    }
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
