package dev.cprops.connector.internal.fields;

import dev.cprops.connector.client.PropertyType;
import java.util.Locale;

/**
 * A web link ({@code url}): an absolute {@code http} or {@code https} URL with a host.
 *
 * <p>Checked in both modes: the scheme, a host (DNS labels or an IPv4 address), an optional port up
 * to 65535, and a path, query and fragment free of spaces, control characters and {@code
 * <>"{}|\^`}. User information ({@code user@host}) and IPv6 literals are not accepted. Lenient mode
 * trims, lower-cases the scheme and host, adds {@code https://} to a bare domain ({@code acme.com},
 * {@code www.acme.com/pricing}, {@code //acme.com}; a bare host needs a dot and an alphabetic
 * top-level domain) and reads a blank as a clear. Strict mode takes the URL exactly as given.
 * Immutable and thread-safe.
 */
public final class UrlCodec extends ScalarCodec {
  private static final String EXPECTED = "an http or https URL such as https://example.com";
  private static final String UNSAFE = "<>\"{}|\\^`";

  public UrlCodec(CoercionSettings settings) {
    super(PropertyType.URL, settings);
  }

  @Override
  public String expected() {
    return EXPECTED;
  }

  @Override
  Object coerce(String field, Object mapped) {
    if (mapped instanceof String s) {
      String url = lenient ? lenient(s) : strict(s);
      if (url != null) {
        return url;
      }
    }
    return null;
  }

  @Override
  public Object fromApi(Object apiValue) {
    return apiValue == null ? null : apiValue.toString();
  }

  private static String strict(String s) {
    int authority = schemeLength(s);
    return authority > 0 && hostEnd(s, authority, false) > 0 ? s : null;
  }

  private static String lenient(String raw) {
    String s = CodecText.trim(raw);
    int authority = schemeLength(s);
    boolean bare = authority < 0;
    if (bare) {
      s = s.startsWith("//") ? "https:" + s : "https://" + s;
      authority = 8;
    }
    int hostEnd = hostEnd(s, authority, bare);
    if (hostEnd < 0) {
      return null;
    }
    return lowerSchemeAndHost(s, hostEnd);
  }

  /**
   * The index after {@code http://} or {@code https://} (any case); -1 when there is no scheme; 0
   * when there is another scheme.
   */
  private static int schemeLength(String s) {
    if (s.regionMatches(true, 0, "https://", 0, 8)) {
      return 8;
    }
    if (s.regionMatches(true, 0, "http://", 0, 7)) {
      return 7;
    }
    int colon = s.indexOf("://");
    return colon > 0 && s.indexOf('/') > colon ? 0 : -1;
  }

  /** The index where the host ends (before any port), after checking the whole URL; else -1. */
  private static int hostEnd(String s, int from, boolean bare) {
    int n = s.length();
    int i = from;
    int labelStart = i;
    int labels = 0;
    boolean alphaLabel = false;
    boolean numericOnly = true;
    while (true) {
      char c = i < n ? s.charAt(i) : '/';
      if (c == '.' || c == ':' || c == '/' || c == '?' || c == '#') {
        int length = i - labelStart;
        if (length < 1 || length > 63 || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
          return -1;
        }
        labels++;
        alphaLabel = letters(s, labelStart, i);
        if (c != '.') {
          break;
        }
        labelStart = i + 1;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-') {
        numericOnly = false;
      } else if (c < '0' || c > '9') {
        return -1;
      }
      i++;
    }
    int hostEnd = i;
    if (numericOnly && labels != 4) {
      return -1;
    }
    if (bare && (labels < 2 || !(alphaLabel && i - labelStart >= 2) && !numericOnly)) {
      return -1;
    }
    if (i < n && s.charAt(i) == ':') {
      int portStart = ++i;
      int port = 0;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - portStart < 5) {
        port = port * 10 + (s.charAt(i) - '0');
        i++;
      }
      if (i == portStart || port > 65535) {
        return -1;
      }
    }
    if (i < n && s.charAt(i) != '/' && s.charAt(i) != '?' && s.charAt(i) != '#') {
      return -1;
    }
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c == 0x7F || UNSAFE.indexOf(c) >= 0 || Character.isWhitespace(c)) {
        return -1;
      }
    }
    return hostEnd;
  }

  private static boolean letters(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }

  private static String lowerSchemeAndHost(String s, int hostEnd) {
    for (int i = 0; i < hostEnd; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return s.substring(0, hostEnd).toLowerCase(Locale.ROOT) + s.substring(hostEnd);
      }
    }
    return s;
  }
}
