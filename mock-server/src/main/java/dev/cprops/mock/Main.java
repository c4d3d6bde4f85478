package dev.cprops.mock;

import dev.cprops.mock.chaos.ChaosSettings;
import dev.cprops.mock.persistence.DataDirException;
import dev.cprops.mock.persistence.RecoveryReport;
import dev.cprops.mock.store.StoreCounts;
import dev.cprops.mock.webhooks.WebhookStats;
import java.util.Arrays;
import java.util.Map;

/** Runs the mock server from the command line; see {@link CommandLine#USAGE}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    quietLogging("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    quietLogging("org.slf4j.simpleLogger.log.org.eclipse.jetty.util.DeprecationWarning", "error");
    if (Arrays.asList(args).contains("--version")) {
      System.out.println("mock-server " + version());
      return;
    }
    MockServer.Builder settings;
    try {
      settings = CommandLine.parse(Arrays.asList(args));
    } catch (CommandLine.UsageException e) {
      System.err.println(e.getMessage());
      System.err.print(CommandLine.USAGE);
      System.exit(2);
      return;
    }
    if (settings == null) {
      System.out.print(CommandLine.USAGE);
      return;
    }
    MockServer server;
    try {
      server = settings.build().start();
    } catch (DataDirException e) {
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    } catch (PortInUseException e) {
      System.err.println(
          "error: "
              + e.getMessage()
              + "; stop that program, or choose another port with --port N (0 picks a free one)");
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "mock-server-shutdown"));
    System.out.println("Mock server listening on " + server.rootUrl());
    System.out.println("Portal:         " + server.portalUrl() + "  (sign in with the keys below)");
    System.out.println("API base URL:   " + server.baseUrl());
    System.out.println(
        "Vendor keys:    public " + server.publicKey() + "  secret " + server.secretKey());
    for (Map.Entry<String, String> partner : server.partnerKeys().entrySet()) {
      System.out.println("Partner key:    " + partner.getKey() + "  " + partner.getValue());
    }
    server
        .recovery()
        .ifPresent(
            report ->
                System.out.println(
                    "Data dir:       "
                        + describe(
                            report,
                            server.store().counts(),
                            server.webhooks().stats(),
                            server.crm().store().size())));
    System.out.println(
        "CRM:            " + server.crmBaseUrl() + "  access token " + server.crmAccessToken());
    System.out.println(
        "Admin:          "
            + server.adminUrl()
            + "/customer-properties/{reset,seed,stats,rate-limit,chaos}"
            + (server.adminTokenRequired() ? "  (admin token required)" : ""));
    System.out.println(
        "Rate limit:     "
            + (server.rateLimiter().limit() == 0
                ? "off"
                : server.rateLimiter().limit() + " requests per minute per credential"));
    ChaosSettings chaos = server.chaos().settings();
    if (chaos.enabled()) {
      System.out.println("Chaos:          rate " + chaos.rate() + "  seed " + chaos.seed());
    }
  }

  private static String describe(
      RecoveryReport report, StoreCounts counts, WebhookStats webhooks, int companies) {
    if (report.fresh()) {
      return report.dataDir() + " (new)";
    }
    return report.dataDir()
        + String.format(
            " (restored %d partnerships, %d properties, %d customers, %d webhooks with %d"
                + " deliveries to make, %d CRM companies (%d journal records replayed%s) in %d ms",
            counts.partnerships(),
            counts.properties(),
            counts.customers(),
            webhooks.webhooks(),
            webhooks.pending(),
            companies,
            report.journalRecords(),
            report.droppedBytes() > 0
                ? ", " + report.droppedBytes() + " bytes of an unacknowledged write dropped"
                : "",
            report.elapsed().toMillis())
        + ")";
  }

  /** The version in mock-server.jar's manifest. */
  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version != null ? version : "(development build: not run from mock-server.jar)";
  }

  private static void quietLogging(String property, String level) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, level);
    }
  }
}
