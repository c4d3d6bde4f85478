package dev.cprops.connector.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class UnreachableExceptionTest {
  private static final URI URL = URI.create("https://api.example.test/v2/x");

  private static UnreachableException of(IOException failure) {
    return UnreachableException.of("GET /x", URL, failure, 1, Duration.ofSeconds(30), null);
  }

  @Test
  void saysWhatHappenedAndWhatToDo_forEachKindOfFailure() {
    assertThat(of(new ConnectException("Connection refused")).getMessage())
        .isEqualTo(
            "GET /x: cannot connect to api.example.test:443 (connection refused): is the server"
                + " running, and are the host and port right?");
    assertThat(of(new UnknownHostException("api.example.test")).getMessage())
        .isEqualTo(
            "GET /x: unknown host 'api.example.test': check the URL (or the connection's base_url)"
                + " for a typo");
    assertThat(
            of(new SSLHandshakeException("Unsupported or unrecognized SSL message")).getMessage())
        .isEqualTo(
            "GET /x: TLS handshake with api.example.test:443 failed (Unsupported or unrecognized SSL"
                + " message): the server may not speak https on this port (try http://), or its"
                + " certificate is not trusted");
    assertThat(of(new SocketTimeoutException("Read timed out")).getMessage())
        .isEqualTo(
            "GET /x: no answer from api.example.test:443 within 30 s: the server is slow or stuck;"
                + " try again later");
    assertThat(of(new HttpConnectTimeoutException("HTTP connect timed out")).getMessage())
        .startsWith("GET /x: could not connect to api.example.test:443 within 30 s");
  }

  @Test
  void classifiesByTheCauseChain_asTheJdkAndOkHttpClientsThrowThem() {
    ConnectException jdkUnresolved = new ConnectException();
    jdkUnresolved.initCause(new UnresolvedAddressException());
    assertThat(UnreachableException.reason(jdkUnresolved))
        .isEqualTo(UnreachableException.Reason.UNKNOWN_HOST);
    assertThat(UnreachableException.reason(new HttpTimeoutException("request timed out")))
        .isEqualTo(UnreachableException.Reason.TIMEOUT);
    assertThat(UnreachableException.reason(new InterruptedIOException("timeout")))
        .isEqualTo(UnreachableException.Reason.TIMEOUT);
    assertThat(UnreachableException.reason(new IOException("Connection reset")))
        .isEqualTo(UnreachableException.Reason.NETWORK);
  }

  @Test
  void onlyRefusalsTimeoutsAndDropsAreWorthRetrying() {
    assertThat(of(new ConnectException("refused")).retryable()).isTrue();
    assertThat(of(new SocketTimeoutException("timeout")).retryable()).isTrue();
    assertThat(of(new UnknownHostException("h")).retryable()).isFalse();
    assertThat(of(new SSLHandshakeException("x")).retryable()).isFalse();
    assertThat(
            UnreachableException.of("GET /x", URL, new ConnectException("refused"), 5, null, null)
                .getMessage())
        .endsWith("(5 attempts)");
  }
}
