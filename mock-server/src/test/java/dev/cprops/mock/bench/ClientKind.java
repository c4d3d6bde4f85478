package dev.cprops.mock.bench;

import java.net.http.HttpClient;

/** Which HTTP client the load generator uses. */
enum ClientKind {
  /** {@link RawHttpConnection}: one socket per worker, almost no work per request. */
  RAW,
  /** {@link JdkHttpConnection}: {@code java.net.http.HttpClient} with its own pool. */
  JDK;

  /** Opens connections for one run; the JDK kind shares one client among them. */
  ConnectionFactory factory(String host, int port, String authorization) {
    if (this == RAW) {
      return () -> new RawHttpConnection(host, port, authorization);
    }
    HttpClient client = JdkHttpConnection.sharedClient();
    return () -> new JdkHttpConnection(client, host, port, authorization);
  }

  interface ConnectionFactory {
    HttpConnection open();
  }
}
