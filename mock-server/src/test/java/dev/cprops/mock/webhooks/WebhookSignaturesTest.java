package dev.cprops.mock.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {
  @Test
  void signature_isTheHmacOfTimeDotBody() {
    byte[] body = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);

    assertThat(WebhookSignatures.hmacHex("Jefe", 1732400000L, body))
        .isEqualTo(hmacOfMessage("Jefe", "1732400000.what do ya want for nothing?"));
  }

  @Test
  void theIndependentHmac_matchesRfc4231TestCase2() {
    assertThat(hmacOfMessage("Jefe", "what do ya want for nothing?"))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void header_hasTheTimeAndTheLowerCaseHexSignature() {
    byte[] body = "{\"event\":\"customer.created\"}".getBytes(StandardCharsets.UTF_8);

    String header = WebhookSignatures.header("whsec_x", 1732400000L, body);

    assertThat(header).matches("t=1732400000,v1=[0-9a-f]{64}");
    assertThat(header).endsWith(WebhookSignatures.hmacHex("whsec_x", 1732400000L, body));
    assertThat(WebhookSignatures.hmacHex("whsec_y", 1732400000L, body))
        .isNotEqualTo(WebhookSignatures.hmacHex("whsec_x", 1732400000L, body));
    assertThat(WebhookSignatures.hmacHex("whsec_x", 1732400001L, body))
        .isNotEqualTo(WebhookSignatures.hmacHex("whsec_x", 1732400000L, body));
  }

  /** An independent HMAC-SHA256 (RFC 2104 over SHA-256), not javax.crypto.Mac. */
  private static String hmacOfMessage(String key, String message) {
    try {
      java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
      byte[] k = new byte[64];
      byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
      System.arraycopy(keyBytes, 0, k, 0, keyBytes.length);
      byte[] inner = new byte[64];
      byte[] outer = new byte[64];
      for (int i = 0; i < 64; i++) {
        inner[i] = (byte) (k[i] ^ 0x36);
        outer[i] = (byte) (k[i] ^ 0x5c);
      }
      sha256.update(inner);
      byte[] innerHash = sha256.digest(message.getBytes(StandardCharsets.UTF_8));
      sha256.update(outer);
      return java.util.HexFormat.of().formatHex(sha256.digest(innerHash));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
