package dev.cprops.mock.values;

import static dev.cprops.mock.errors.ErrorCode.INVALID_URL;

import dev.cprops.mock.errors.ErrorCode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code url} type: an absolute {@code http} or {@code https} URL (scheme in any case) that
 * parses as an RFC 3986 URI, at most 2 048 characters, whose host is a public DNS name (see {@link
 * DomainNames}, internationalized names included), {@code localhost}, an IPv4 address or a
 * bracketed IPv6 address; optional port 1 to 65535. Stored unchanged (no trimming, no
 * normalisation): a URL's text is what people click.
 */
final class WebUrls {
  static final String EXPECTED =
      "an absolute http or https URL with a host (e.g. https://example.com)";

  private static final int MAX_LENGTH = 2_048;
  private static final Pattern IPV4 =
      Pattern.compile(
          "(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
              + "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
  private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

  private WebUrls() {}

  static String canonicalize(Object raw) {
    String text = JsonKinds.requireString(raw, EXPECTED);
    int length = text.codePointCount(0, text.length());
    if (length > MAX_LENGTH) {
      throw new InvalidValueException(
          ErrorCode.TOO_LONG,
          ValueFormat.quote(text)
              + " is too long ("
              + length
              + " characters): expected "
              + EXPECTED
              + " of at most 2048 characters");
    }
    if (!isWebUrl(text)) {
      throw new InvalidValueException(
          INVALID_URL, ValueFormat.quote(text) + " is not a URL: expected " + EXPECTED);
    }
    return text;
  }

  private static boolean isWebUrl(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      return false;
    }
    String scheme = uri.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.isOpaque()
        || uri.getRawAuthority() == null) {
      return false;
    }
    if (uri.getHost() != null && uri.getHost().startsWith("[")) {
      return true;
    }
    return isHostAndPort(uri.getRawAuthority());
  }

  private static boolean isHostAndPort(String authority) {
    String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
    String host = hostAndPort;
    int colon = hostAndPort.lastIndexOf(':');
    if (colon >= 0) {
      String port = hostAndPort.substring(colon + 1);
      if (!PORT.matcher(port).matches()
          || Integer.parseInt(port) < 1
          || Integer.parseInt(port) > 65_535) {
        return false;
      }
      host = hostAndPort.substring(0, colon);
    }
    String lowerCaseHost = host.toLowerCase(Locale.ROOT);
    return lowerCaseHost.equals("localhost")
        || IPV4.matcher(lowerCaseHost).matches()
        || DomainNames.isValid(lowerCaseHost);
  }
}
