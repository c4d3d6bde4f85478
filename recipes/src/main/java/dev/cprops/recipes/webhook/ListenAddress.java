package dev.cprops.recipes.webhook;

import java.net.InetSocketAddress;

/** Reads {@code --listen HOST:PORT}: a host name or IP ({@code [::1]} for IPv6) and a port. */
public final class ListenAddress {
  /** Loopback, on a free port the system picks. */
  public static final String DEFAULT = "127.0.0.1:0";

  private ListenAddress() {}

  /**
   * Parses and resolves {@code HOST:PORT}.
   *
   * @throws IllegalArgumentException naming the value and the expected form
   */
  public static InetSocketAddress parse(String text) {
    String value = text == null ? "" : text.strip();
    int colon = value.lastIndexOf(':');
    if (colon <= 0 || colon == value.length() - 1) {
      throw invalid(text, "HOST:PORT, e.g. 127.0.0.1:8080 (port 0 picks a free one)");
    }
    String host = value.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    } else if (host.contains(":")) {
      throw invalid(text, "an IPv6 host in brackets, e.g. [::1]:8080");
    }
    int port;
    try {
      port = Integer.parseInt(value.substring(colon + 1));
    } catch (NumberFormatException e) {
      port = -1;
    }
    if (port < 0 || port > 65_535) {
      throw invalid(text, "a port from 0 to 65535 after the colon");
    }
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      throw invalid(text, "a host name that resolves, or an IP address");
    }
    return address;
  }

  private static IllegalArgumentException invalid(String text, String expected) {
    return new IllegalArgumentException(
        "--listen: '" + text + "' is not a listen address; expected " + expected);
  }
}
