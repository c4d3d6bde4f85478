package dev.cprops.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code java -jar mock-server.jar} as a user starts it: its answers and exit codes. */
class MainCommandLineIT {
  private static final Path JAR =
      Path.of(System.getProperty("mock.server.jar", "target/mock-server.jar"));

  record Result(int exitCode, String output) {}

  private static Result run(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("mock-server.jar " + String.join(" ", args) + " did not end");
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.exitValue(), output);
  }

  @Test
  void version_printsTheProjectVersion_andExits0() throws Exception {
    Result result = run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.output()).matches("mock-server \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
  }

  @Test
  void aPortInUse_isOneLineSayingWhatToDo_notAStackTrace() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      Result result = run("--port", Integer.toString(port), "--customers", "1");

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.output())
          .isEqualTo(
              "error: cannot listen on 127.0.0.1:"
                  + port
                  + ": the port is in use by another program; stop that program, or choose"
                  + " another port with --port N (0 picks a free one)"
                  + System.lineSeparator());
    }
  }

  @Test
  void aMalformedJsonBody_isAnswered400_withLineAndColumn() throws IOException {
    try (MockServer server = MockServer.builder().port(0).customers(1).build().start()) {
      java.net.http.HttpResponse<String> response =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(
                          java.net.URI.create(server.baseUrl() + "/customer-properties"))
                      .header("Authorization", basic(server))
                      .header("Content-Type", "application/json")
                      .POST(
                          java.net.http.HttpRequest.BodyPublishers.ofString(
                              "{\n  \"label\": \"Plan\",\n  \"type\": text\n}"))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body())
          .contains(
              "Malformed JSON at line 3, column 11, at path $.type: expected a value, found 't'")
          .doesNotContain("setLenient");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String basic(MockServer server) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(
                (server.publicKey() + ":" + server.secretKey()).getBytes(StandardCharsets.UTF_8));
  }
}
