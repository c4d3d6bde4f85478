package dev.cprops.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.MockServer;
import dev.cprops.mock.seed.Seed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies too large, sent without credentials, stalled or inflating: each is answered (413, 401,
 * 408, 400) in JSON without the server reading more than it must or holding a thread, and changes
 * nothing; normal requests are served while slow bodies hang.
 */
class BodyLimitsAcceptanceTest {
  private static final int LIMIT = 64 * 1024;
  private static MockServer server;
  private static RawHttp http;
  private static String vendor;
  private String before;

  @BeforeAll
  static void start() {
    server =
        MockServer.builder()
            .seed(Seed.DEMO)
            .customers(10)
            .maxBodySize(LIMIT)
            .maxAdminBodySize(2 * LIMIT)
            .readTimeout(Duration.ofMillis(500))
            .build()
            .start();
    http = new RawHttp(server.port());
    vendor =
        "Authorization: Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (server.publicKey() + ":" + server.secretKey())
                        .getBytes(StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void snapshot() {
    before = StoredState.snapshot(server);
  }

  @Test
  void aDeclaredLengthOverTheLimit_is413_beforeTheBodyIsSent() throws IOException {
    try (Socket socket = http.open()) {
      socket
          .getOutputStream()
          .write(
              http.head(
                  "POST /api/v2/customers HTTP/1.1\n"
                      + vendor
                      + "\nContent-Type: application/json\nContent-Length: "
                      + (LIMIT + 1)));
      RawHttp.Answer answer = RawHttp.read(socket.getInputStream());

      assertThat(answer.status()).isEqualTo(413);
      assertThat(answer.text()).contains("expected at most " + LIMIT + " bytes");
      HostileInputAcceptanceTest.assertJson(answer);
    }
    assertThat(StoredState.snapshot(server)).isEqualTo(before);
  }

  @Test
  void aClientStillSendingATooLargeBody_getsThe413_notAReset() throws Exception {
    // The answer comes before the body is read; the server drains the rest before it closes
    // (lingering close), so a client that is still writing reads the 413 instead of a reset.
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    byte[] body = new byte[4 * 1024 * 1024];
    java.util.Arrays.fill(body, (byte) ' ');
    for (int i = 0; i < 10; i++) {
      HttpResponse<String> answer =
          client.send(
              HttpRequest.newBuilder(URI.create(server.baseUrl() + "/customers"))
                  .header("Authorization", vendor.substring("Authorization: ".length()))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(answer.statusCode()).as("attempt %d", i).isEqualTo(413);
      assertThat(answer.body()).contains("expected at most " + LIMIT + " bytes");
    }
    assertThat(StoredState.snapshot(server)).isEqualTo(before);
  }

  @Test
  void aChunkedBodyOverTheLimit_is413_whileItIsRead() throws IOException {
    for (String path :
        List.of(
            "/api/v2/customers", "/crm/v3/objects/companies/batch/update", "/__admin/mappings")) {
      String auth =
          path.startsWith("/crm") ? "Authorization: Bearer " + server.crmAccessToken() : vendor;
      try (Socket socket = http.open()) {
        OutputStream out = socket.getOutputStream();
        out.write(
            http.head(
                "POST "
                    + path
                    + " HTTP/1.1\n"
                    + auth
                    + "\nContent-Type: application/json\nTransfer-Encoding: chunked"));
        RawHttp.Answer answer = sendChunksUntilAnswered(socket, 8 * 1024, 64);

        assertThat(answer.status()).as(path).isEqualTo(413);
        assertThat(answer.header("content-type")).startsWith("application/json");
      }
    }
    assertThat(StoredState.snapshot(server)).isEqualTo(before);
  }

  @Test
  void aBodyWithoutCredentials_isNeverRead_401ComesFromTheHeaders() throws IOException {
    try (Socket socket = http.open()) {
      socket
          .getOutputStream()
          .write(
              http.head(
                  "POST /api/v2/customers HTTP/1.1\nContent-Type: application/json\n"
                      + "Content-Length: 209715200"));
      // Not one byte of the 200 MiB is sent: the answer comes anyway, and the server hangs up
      // instead of waiting for a body it will not read.
      RawHttp.Answer answer = RawHttp.read(socket.getInputStream());

      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.header("connection")).isEqualTo("close");
      HostileInputAcceptanceTest.assertJson(answer);
    }
    try (Socket socket = http.open()) {
      socket
          .getOutputStream()
          .write(
              http.head(
                  "POST /crm/v3/objects/companies/search HTTP/1.1\nAuthorization: Bearer nope\n"
                      + "Content-Type: application/json\nTransfer-Encoding: chunked"));
      RawHttp.Answer answer = sendChunksUntilAnswered(socket, 64 * 1024, 3200);

      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.text()).contains("INVALID_AUTHENTICATION");
    }
    assertThat(StoredState.snapshot(server)).isEqualTo(before);
  }

  @Test
  void aBodyThatStalls_is408_notA5xx() throws IOException {
    try (Socket socket = http.open()) {
      OutputStream out = socket.getOutputStream();
      out.write(
          http.head(
              "POST /api/v2/customers HTTP/1.1\n"
                  + vendor
                  + "\nContent-Type: application/json\nContent-Length: 100"));
      out.write("{\"customer_key\": \"stalled\"".getBytes(StandardCharsets.UTF_8));
      out.flush();
      RawHttp.Answer answer = RawHttp.read(socket.getInputStream());

      assertThat(answer.status()).isEqualTo(408);
      assertThat(answer.text()).contains("stalled");
      HostileInputAcceptanceTest.assertJson(answer);
    }
    assertThat(StoredState.snapshot(server)).isEqualTo(before);
  }

  @Test
  void aGzipBodyThatInflatesPastTheLimit_is413_andOneThatIsNotGzip_is400() throws IOException {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bomb)) {
      gzip.write(new byte[16 * 1024 * 1024]);
    }
    for (String path : List.of("/api/v2/customers", "/anything/a-stub-might-match")) {
      RawHttp.Answer inflated =
          http.send(
              "POST "
                  + path
                  + " HTTP/1.1\n"
                  + vendor
                  + "\nContent-Type: application/json\nContent-Encoding: gzip\nContent-Length: "
                  + bomb.size(),
              bomb.toByteArray());
      assertThat(inflated.status()).as(path).isEqualTo(413);

      byte[] notGzip = {0x1f, (byte) 0x8b, 1, 2, 3};
      RawHttp.Answer broken =
          http.send(
              "POST "
                  + path
                  + " HTTP/1.1\n"
                  + vendor
                  + "\nContent-Type: application/json\nContent-Length: 5",
              notGzip);
      assertThat(broken.status()).as(path).isEqualTo(400);
      HostileInputAcceptanceTest.assertJson(broken);
    }
    assertThat(StoredState.snapshot(server)).isEqualTo(before);
  }

  @Test
  void normalRequests_areServed_while40SlowBodiesHang() throws Exception {
    // A server that waits long for slow bodies, so they all hang while the GETs run.
    try (MockServer patient =
        MockServer.builder()
            .seed(Seed.DEMO)
            .customers(5)
            .readTimeout(Duration.ofSeconds(30))
            .build()
            .start()) {
      RawHttp patientHttp = new RawHttp(patient.port());
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < 40; i++) {
          Socket socket = patientHttp.open();
          socket
              .getOutputStream()
              .write(
                  patientHttp.head(
                      "POST /api/v2/customers HTTP/1.1\n"
                          + vendor
                          + "\nContent-Type: application/json\nContent-Length: 1000"));
          socket.getOutputStream().write('{');
          socket.getOutputStream().flush();
          slow.add(socket);
        }
        for (int i = 0; i < 50; i++) {
          RawHttp.Answer answer =
              patientHttp.send("GET /api/v2/customers?limit=5 HTTP/1.1\n" + vendor);
          assertThat(answer.status()).isEqualTo(200);
        }
        for (Socket socket : slow) {
          socket.setSoTimeout(1);
          assertThat(socket.getInputStream().available())
              .as("a slow body answered already")
              .isZero();
        }
      } finally {
        for (Socket socket : slow) {
          socket.close();
        }
      }
    }
  }

  /** Sends chunks of {@code size} bytes until the server answers (or {@code max} are sent). */
  private static RawHttp.Answer sendChunksUntilAnswered(Socket socket, int size, int max)
      throws IOException {
    OutputStream out = socket.getOutputStream();
    byte[] chunk = new byte[size];
    java.util.Arrays.fill(chunk, (byte) ' ');
    byte[] header = (Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    try {
      for (int i = 0; i < max && socket.getInputStream().available() == 0; i++) {
        out.write(header);
        out.write(chunk);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
    } catch (IOException e) {
      // The server answered and closed while the rest was on its way: read the answer.
    }
    return RawHttp.read(socket.getInputStream());
  }
}
