package dev.cprops.mock.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Webhook-Signature} header: {@code t=<unix seconds>,v1=<hex>}, where {@code <hex>} is
 * the lower-case hex HMAC-SHA256, keyed with the webhook's secret (its UTF-8 bytes), of {@code t +
 * "." + raw body}. Thread-safe.
 */
public final class WebhookSignatures {
  private static final String ALGORITHM = "HmacSHA256";

  private WebhookSignatures() {}

  /** The header value for a body sent at {@code unixSeconds}. */
  public static String header(String secret, long unixSeconds, byte[] body) {
    return "t=" + unixSeconds + ",v1=" + hmacHex(secret, unixSeconds, body);
  }

  /** The hex HMAC-SHA256 of {@code unixSeconds + "." + body} keyed with {@code secret}. */
  public static String hmacHex(String secret, long unixSeconds, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      mac.update((unixSeconds + ".").getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
