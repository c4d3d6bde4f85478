package dev.cprops.mock;

/** The mock server cannot listen: its address and port are taken by another program. */
public final class PortInUseException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String host;
  private final int port;

  PortInUseException(String host, int port, Throwable cause) {
    super(
        "cannot listen on " + host + ":" + port + ": the port is in use by another program", cause);
    this.host = host;
    this.port = port;
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }
}
