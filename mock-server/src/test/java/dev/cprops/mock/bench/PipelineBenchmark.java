package dev.cprops.mock.bench;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.sun.management.ThreadMXBean;
import dev.cprops.mock.api.CallerIdentifier;
import dev.cprops.mock.api.CustomerPropertiesApi;
import dev.cprops.mock.api.VendorCredentials;
import dev.cprops.mock.chaos.ChaosController;
import dev.cprops.mock.chaos.ChaosInterceptor;
import dev.cprops.mock.chaos.ChaosSettings;
import dev.cprops.mock.chaos.Sleeper;
import dev.cprops.mock.ratelimit.FixedWindowRateLimiter;
import dev.cprops.mock.ratelimit.RateLimits;
import dev.cprops.mock.seed.DemoSeeder;
import dev.cprops.mock.seed.Seed;
import dev.cprops.mock.store.Customer;
import dev.cprops.mock.store.CustomerPropertiesStore;
import dev.cprops.mock.webhooks.WebhookSettings;
import dev.cprops.mock.webhooks.Webhooks;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The mock server's own cost per request, without HTTP: the API's WireMock transformer (the request
 * pipeline as {@code MockServer} wires it, rate limiting off as in {@link ServerBenchmark}) called
 * on one thread with {@code GET} and {@code PATCH /customers/{id}} requests, the way WireMock calls
 * it for the catch-all stub. Prints the CPU time per call (median and best of the rounds: CPU time
 * is noisy on a shared machine) and the bytes allocated per call (exact, and steady from run to
 * run: a good proxy for the work done).
 *
 * <p>Usage: {@code PipelineBenchmark [--customers N] [--rounds N] [--seconds S]}; run it with the
 * test classpath, e.g. {@code java -cp
 * mock-server/target/mock-server.jar:mock-server/target/test-classes
 * dev.cprops.mock.bench.PipelineBenchmark}.
 */
public final class PipelineBenchmark {
  private static final String AUTHORIZATION =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("pk_demo_public:sk_demo_secret".getBytes(StandardCharsets.UTF_8));
  private static final int WARMUP_ROUNDS = 5;

  private final ResponseDefinitionTransformerV2 transformer;
  private final int customers;

  /** By route and write parity (a PATCH alternates two bodies), the request for each customer. */
  private final ServeEvent[][][] requests;

  private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
  private final long[] sent = new long[Route.values().length];
  private long bytesReturned;

  private PipelineBenchmark(ResponseDefinitionTransformerV2 transformer, List<String> ids) {
    this.transformer = transformer;
    this.customers = ids.size();
    this.requests = new ServeEvent[Route.values().length][2][customers];
    for (Route route : Route.values()) {
      for (int parity = 0; parity < 2; parity++) {
        for (int i = 0; i < customers; i++) {
          requests[route.ordinal()][parity][i] = serveEvent(route, ids.get(i), route.body(parity));
        }
      }
    }
  }

  public static void main(String[] args) {
    int customers = 1000;
    int rounds = 10;
    int seconds = 2;
    for (int i = 0; i + 1 < args.length; i += 2) {
      int value = Integer.parseInt(args[i + 1]);
      switch (args[i]) {
        case "--customers" -> customers = value;
        case "--rounds" -> rounds = value;
        case "--seconds" -> seconds = value;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    CustomerPropertiesStore store = new CustomerPropertiesStore();
    new DemoSeeder(store).seed(Seed.DEMO, customers);
    try (Webhooks webhooks =
        new Webhooks(WebhookSettings.DEFAULTS, CustomerPropertiesApi.vendorViews())) {
      store.addListener(webhooks.storeListener());
      List<String> ids = new ArrayList<>();
      for (Customer customer : store.exportState().customers()) {
        ids.add(customer.customerKey());
      }
      new PipelineBenchmark(transformer(store, webhooks), ids).run(rounds, seconds);
    }
  }

  /** The API's transformer, with the interceptors {@code MockServer} puts before it. */
  private static ResponseDefinitionTransformerV2 transformer(
      CustomerPropertiesStore store, Webhooks webhooks) {
    VendorCredentials vendor = new VendorCredentials("pk_demo_public", "sk_demo_secret");
    CustomerPropertiesApi api =
        new CustomerPropertiesApi(
            store,
            vendor,
            webhooks,
            List.of(
                new RateLimits(
                    new FixedWindowRateLimiter(0, InstantSource.system()),
                    new CallerIdentifier(vendor, store)),
                new ChaosInterceptor(
                    new ChaosController(ChaosSettings.OFF), Sleeper.THREAD_SLEEP)));
    for (Extension extension : api.extensions()) {
      if (extension instanceof ResponseDefinitionTransformerV2 transformer) {
        return transformer;
      }
    }
    throw new IllegalStateException("the API has no transformer");
  }

  private void run(int rounds, int seconds) {
    System.out.printf(
        Locale.ROOT,
        "pipeline: %d customers, one thread, %d warm-up + %d measured rounds of %d s per route%n",
        customers,
        WARMUP_ROUNDS,
        rounds,
        seconds);
    double[][] micros = new double[Route.values().length][rounds];
    double[] bytes = new double[Route.values().length];
    for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
      for (Route route : Route.values()) {
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long calls = callFor(route, seconds * 1_000_000_000L);
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
        if (round >= 0) {
          micros[route.ordinal()][round] = cpu / 1e3 / calls;
          bytes[route.ordinal()] = (double) allocated / calls;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-6s %14s %12s %14s%n",
        "route",
        "median us/call",
        "best us/call",
        "bytes/call");
    for (Route route : Route.values()) {
      double[] sorted = micros[route.ordinal()].clone();
      Arrays.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "%-6s %14.2f %12.2f %14.0f%n",
          route,
          sorted[sorted.length / 2],
          sorted[0],
          bytes[route.ordinal()]);
    }
    System.out.println("(" + bytesReturned + " response bytes in all)");
  }

  /**
   * Calls the transformer with requests of {@code route} for about {@code nanos}, customer after
   * customer; each pass over the customers sends the other PATCH body, so every PATCH changes one.
   */
  private long callFor(Route route, long nanos) {
    long calls = 0;
    long deadline = System.nanoTime() + nanos;
    while (System.nanoTime() < deadline) {
      for (int i = 0; i < 100; i++) {
        long number = sent[route.ordinal()]++;
        int customer = (int) (number % customers);
        int parity = (int) (number / customers % 2);
        ResponseDefinition response =
            transformer.transform(requests[route.ordinal()][parity][customer]);
        if (response.getStatus() != 200) {
          throw new IllegalStateException(route + " answered " + response.getStatus());
        }
        bytesReturned += response.getByteBody().length;
        calls++;
      }
    }
    return calls;
  }

  private static ServeEvent serveEvent(Route route, String id, byte[] body) {
    ImmutableRequest.Builder request =
        new ImmutableRequest.Builder()
            .withMethod(RequestMethod.fromString(route.name()))
            .withAbsoluteUrl("http://127.0.0.1:8080/api/v2/customers/" + id)
            .withProtocol("HTTP/1.1")
            .withClientIp("127.0.0.1")
            .withHeader("Accept", "application/json")
            .withHeader("Authorization", AUTHORIZATION);
    if (body != null) {
      request.withHeader("Content-Type", "application/json").withBody(body);
    }
    return ServeEvent.of(LoggedRequest.createFrom(request.build()));
  }
}
