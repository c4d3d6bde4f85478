package dev.cprops.connector.bench;

import dev.cprops.mock.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The mock server in a JVM of its own (its store's memory is not the contenders' heap), started
 * with the demo property definitions and partners, no customers and no rate limit (the contenders
 * are measured, not throttled); its admin routes reseed it between contenders and count the API
 * requests each one made.
 */
final class BenchServer implements AutoCloseable {
  static final String PUBLIC_KEY = "pk_demo_public";
  static final String SECRET_KEY = "sk_demo_secret";
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
  private static final Pattern COUNT = Pattern.compile("\"%s\"\\s*:\\s*(\\d+)");

  private final Process process;
  private final String rootUrl;
  private final OkHttpClient http = new OkHttpClient();

  private BenchServer(Process process, String rootUrl) {
    this.process = process;
    this.rootUrl = rootUrl;
  }

  static BenchServer start(String maxHeap) throws IOException {
    Process process =
        ChildJvm.start(
            maxHeap,
            Main.class,
            "--port",
            "0",
            "--seed",
            "demo",
            "--customers",
            "0",
            "--rate-limit",
            "0");
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        Thread drain =
            new Thread(
                () -> {
                  try {
                    while (out.readLine() != null) {
                      // the server's banner and shutdown lines: not needed
                    }
                  } catch (IOException e) {
                    // the server stopped
                  }
                },
                "bench-server-output");
        drain.setDaemon(true);
        drain.start();
        return new BenchServer(process, m.group(1));
      }
    }
    process.destroyForcibly();
    throw new IOException("the mock server exited before it listened");
  }

  String baseUrl() {
    return rootUrl + "/api/v2";
  }

  /** Replaces the store with the demo definitions and partners and no customers. */
  void reseed() throws IOException {
    admin(
        new Request.Builder()
            .url(rootUrl + "/__admin/customer-properties/seed")
            .post(
                RequestBody.create(
                    "{\"seed\":\"demo\",\"customers\":0}", MediaType.get("application/json"))));
  }

  /**
   * Holds every API answer for {@code millis} before it is sent, like a network round trip would
   * (WireMock's global fixed delay, {@code POST /__admin/settings}); 0 removes the delay.
   */
  void latency(int millis) throws IOException {
    admin(
        new Request.Builder()
            .url(rootUrl + "/__admin/settings")
            .post(
                RequestBody.create(
                    "{\"fixedDelay\":" + millis + "}", MediaType.get("application/json"))));
  }

  /** The CPU time the server's JVM has used so far, in seconds. */
  double cpuSeconds() {
    return process
            .info()
            .totalCpuDuration()
            .orElseThrow(() -> new IllegalStateException("the OS does not report CPU time"))
            .toNanos()
        / 1e9;
  }

  long requestsServed() throws IOException {
    return count("requests_served");
  }

  long customers() throws IOException {
    return count("customers");
  }

  private long count(String name) throws IOException {
    String body = admin(new Request.Builder().url(rootUrl + "/__admin/customer-properties/stats"));
    Matcher m = Pattern.compile(String.format(COUNT.pattern(), name)).matcher(body);
    if (!m.find()) {
      throw new IOException("no " + name + " in the stats: " + body);
    }
    return Long.parseLong(m.group(1));
  }

  private String admin(Request.Builder request) throws IOException {
    try (Response response = http.newCall(request.build()).execute()) {
      String body = response.body().string();
      if (!response.isSuccessful()) {
        throw new IOException(response.code() + " from the admin route: " + body);
      }
      return body;
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
