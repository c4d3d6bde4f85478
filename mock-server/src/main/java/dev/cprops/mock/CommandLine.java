package dev.cprops.mock;

import dev.cprops.mock.chaos.ChaosSettings;
import dev.cprops.mock.seed.Seed;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Parses the command line of {@link Main} into a {@link MockServer.Builder}. */
final class CommandLine {
  static final String USAGE =
      """
      Usage: java -jar mock-server.jar [options]

        --port N          port to listen on, 0 for a free one (default 4010)
        --host H          address to bind to (default 127.0.0.1, this machine only); 0.0.0.0
                          opens the server to the network: set --admin-token then
        --seed S          demo or empty (default demo)
        --customers N     demo customers to seed (default 300)
        --public-key K    vendor public key, the HTTP Basic user (default pk_demo_public)
        --secret-key S    vendor secret key, the HTTP Basic password (default sk_demo_secret)
        --crm-token T     the CRM's bearer access token (default crm_demo_token)
        --journal         keep WireMock's request journal (default off)
        --rate-limit N    requests per minute per credential, 0 for no limit (default 4000)
        --chaos RATE      inject random faults into this share of API calls, 0 to 1 (default 0)
        --chaos-seed S    seed of the fault sequence, for repeatable runs (default random)
        --data-dir DIR    keep the state durable in DIR: every write answered 2xx survives
                          kill -9 (customers, properties, partners, webhooks with the events
                          still to deliver, CRM companies); --seed applies only when DIR
                          holds no state yet
        --help            show this help
        --version         print the version and exit

      Hostile clients:
        --admin-token T           /__admin requests must carry Authorization: Bearer T
                                  (default none: admin routes then answer only this machine's
                                  pages, by Origin and Host, and JSON or X-Requested-By POSTs)
        --max-body-size N         largest request body of the API and the CRM, in bytes, or
                                  with k or m (default 1m); larger ones are answered 413
        --max-admin-body-size N   largest request body of /__admin and of stubs (default 10m)
        --read-timeout-ms MS      longest wait for the next bytes of a request body, then
                                  408 (default 10000)
        --min-data-rate N         slowest a request may arrive after its first 5 s, in bytes
                                  per second, then 408; 0 for no minimum (default 1024)

      Webhook delivery:
        --webhook-attempts N      attempts per event, the first included (default 6)
        --webhook-backoff-ms MS   wait after the first failed attempt, doubling (default 1000)
        --webhook-timeout-ms MS   time allowed per attempt, connecting included (default 5000)
        --webhook-queue N         events waiting per webhook; more are dropped (default 10000)
      """;

  static final int DEFAULT_PORT = 4010;

  /** A command line that cannot be run. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message, null, false, false);
    }
  }

  private CommandLine() {}

  /**
   * The server settings, or null when help was asked for.
   *
   * @throws UsageException for an unknown option or a bad value
   */
  static MockServer.Builder parse(List<String> args) throws UsageException {
    MockServer.Builder builder = MockServer.builder().port(DEFAULT_PORT);
    double chaosRate = 0;
    Long chaosSeed = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      try {
        switch (name) {
          case "--help", "-h" -> {
            return null;
          }
          case "--journal" -> builder.journal(true);
          case "--data-dir" ->
              builder.dataDir(Path.of(value != null ? value : next(args, ++i, name)));
          case "--port" ->
              builder.port(integer(name, value != null ? value : next(args, ++i, name)));
          case "--host" -> builder.host(value != null ? value : next(args, ++i, name));
          case "--seed" -> {
            String seed = value != null ? value : next(args, ++i, name);
            builder.seed(
                Seed.fromApiName(seed)
                    .orElseThrow(
                        () ->
                            new UsageException(
                                "--seed must be demo or empty, got '" + seed + "'")));
          }
          case "--customers" ->
              builder.customers(integer(name, value != null ? value : next(args, ++i, name)));
          case "--public-key" -> builder.publicKey(value != null ? value : next(args, ++i, name));
          case "--secret-key" -> builder.secretKey(value != null ? value : next(args, ++i, name));
          case "--rate-limit" ->
              builder.rateLimit(integer(name, value != null ? value : next(args, ++i, name)));
          case "--chaos" -> chaosRate = rate(name, value != null ? value : next(args, ++i, name));
          case "--chaos-seed" ->
              chaosSeed = longInteger(name, value != null ? value : next(args, ++i, name));
          case "--webhook-attempts" ->
              builder.webhookAttempts(integer(name, value != null ? value : next(args, ++i, name)));
          case "--webhook-backoff-ms" ->
              builder.webhookBackoff(
                  Duration.ofMillis(integer(name, value != null ? value : next(args, ++i, name))));
          case "--webhook-timeout-ms" ->
              builder.webhookTimeout(
                  Duration.ofMillis(integer(name, value != null ? value : next(args, ++i, name))));
          case "--webhook-queue" ->
              builder.webhookQueueCapacity(
                  integer(name, value != null ? value : next(args, ++i, name)));
          case "--admin-token" -> builder.adminToken(value != null ? value : next(args, ++i, name));
          case "--max-body-size" ->
              builder.maxBodySize(size(name, value != null ? value : next(args, ++i, name)));
          case "--max-admin-body-size" ->
              builder.maxAdminBodySize(size(name, value != null ? value : next(args, ++i, name)));
          case "--read-timeout-ms" ->
              builder.readTimeout(
                  Duration.ofMillis(integer(name, value != null ? value : next(args, ++i, name))));
          case "--min-data-rate" ->
              builder.minDataRate(integer(name, value != null ? value : next(args, ++i, name)));
          case "--crm-token" ->
              builder.crmAccessToken(value != null ? value : next(args, ++i, name));
          default -> throw new UsageException("Unknown option: " + arg);
        }
      } catch (IllegalArgumentException e) {
        throw new UsageException(name + ": " + e.getMessage());
      }
    }
    if (chaosRate > 0) {
      long seed = chaosSeed != null ? chaosSeed : ThreadLocalRandom.current().nextLong();
      builder.chaos(ChaosSettings.of(chaosRate, seed));
    } else if (chaosSeed != null) {
      throw new UsageException("--chaos-seed needs --chaos RATE above 0");
    }
    return builder;
  }

  private static String next(List<String> args, int index, String name) throws UsageException {
    if (index >= args.size()) {
      throw new UsageException(name + " needs a value");
    }
    return args.get(index);
  }

  private static double rate(String name, String value) throws UsageException {
    try {
      double rate = Double.parseDouble(value);
      if (rate >= 0 && rate <= 1) {
        return rate;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(name + " must be a number from 0 to 1, got '" + value + "'");
  }

  /** A size in bytes: digits, optionally followed by k (KiB) or m (MiB). */
  static long size(String name, String value) throws UsageException {
    String text = value.strip().toLowerCase(java.util.Locale.ROOT);
    long unit = 1;
    if (text.endsWith("k") || text.endsWith("m")) {
      unit = text.endsWith("k") ? 1024 : 1024 * 1024;
      text = text.substring(0, text.length() - 1);
    }
    try {
      long number = Long.parseLong(text);
      if (number >= 0 && number <= Integer.MAX_VALUE / unit) {
        return number * unit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(
        name + " must be a size in bytes, e.g. 1048576, 512k or 4m, got '" + value + "'");
  }

  private static long longInteger(String name, String value) throws UsageException {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new UsageException(name + " must be an integer, got '" + value + "'");
    }
  }

  private static int integer(String name, String value) throws UsageException {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new UsageException(name + " must be an integer, got '" + value + "'");
    }
  }
}
