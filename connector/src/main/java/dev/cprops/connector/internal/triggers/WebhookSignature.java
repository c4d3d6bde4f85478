package dev.cprops.connector.internal.triggers;

import dev.cprops.connector.spi.AuthException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Webhook-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t +
 * "." + raw body)>} (several {@code v1} entries are allowed, e.g. while a secret is rotated).
 * Verification compares in constant time and never puts the secret or the expected signature in a
 * message.
 *
 * @param timestamp the signing time
 * @param signatures the {@code v1} values, lower-case hex
 */
record WebhookSignature(Instant timestamp, List<String> signatures) {

  /**
   * Reads the header.
   *
   * @throws AuthException if it is missing or malformed
   */
  static WebhookSignature parse(String header) {
    if (header == null || header.isBlank()) {
      throw new AuthException(401, "webhook rejected: the X-Webhook-Signature header is missing");
    }
    Long t = null;
    List<String> v1 = new ArrayList<>();
    for (String part : header.split(",")) {
      String[] pair = part.strip().split("=", 2);
      if (pair.length != 2) {
        continue;
      }
      if (pair[0].equals("t")) {
        try {
          t = Long.parseLong(pair[1].strip());
        } catch (NumberFormatException e) {
          t = null;
        }
      } else if (pair[0].equals("v1")) {
        v1.add(pair[1].strip().toLowerCase(java.util.Locale.ROOT));
      }
    }
    if (t == null || v1.isEmpty()) {
      throw new AuthException(
          401, "webhook rejected: X-Webhook-Signature is not of the form t=<seconds>,v1=<hex>");
    }
    return new WebhookSignature(Instant.ofEpochSecond(t), List.copyOf(v1));
  }

  /** The hex HMAC-SHA256 of {@code t + "." + body} under {@code secret}. */
  static String sign(String secret, long unixSeconds, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((unixSeconds + ".").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /**
   * Checks the time and the signature.
   *
   * @throws AuthException if the time is outside {@code tolerance} of {@code now}, or no {@code v1}
   *     matches
   */
  void verify(String secret, byte[] body, Instant now, Duration tolerance) {
    Duration skew = Duration.between(timestamp, now).abs();
    if (skew.compareTo(tolerance) > 0) {
      throw new AuthException(
          401,
          "webhook rejected: signed at "
              + timestamp
              + ", more than "
              + tolerance.toMinutes()
              + " minutes from now ("
              + now
              + "); a replay or a wrong clock");
    }
    byte[] expected =
        sign(secret, timestamp.getEpochSecond(), body).getBytes(StandardCharsets.US_ASCII);
    for (String candidate : signatures) {
      if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII))) {
        return;
      }
    }
    throw new AuthException(
        401, "webhook rejected: the signature does not match the body and the webhook's secret");
  }
}
