package dev.cprops.recipes.cli;

import dev.cprops.mock.MockServer;
import dev.cprops.recipes.connections.ConnectionProvider;
import dev.cprops.recipes.embedded.EmbeddedMockServerProvider;
import dev.cprops.recipes.runner.WebhookOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines a webhook run prints once it listens: how it ends, and, when its trigger is subscribed
 * on the embedded demo server, a command that causes an event. The demo keys are printed only when
 * they are the documented demo defaults.
 */
final class WebhookHint {
  private static final String DEMO_CUSTOMER = "acct_00001";

  private WebhookHint() {}

  /**
   * @param options the run's options
   * @param providers the command's connection providers
   * @param triggerOnDefault whether the trigger's connection came from a provider (none was given)
   */
  static List<String> lines(
      WebhookOptions options, List<ConnectionProvider> providers, boolean triggerOnDefault) {
    List<String> lines = new ArrayList<>();
    Optional<MockServer> demo =
        triggerOnDefault ? embedded(providers) : Optional.<MockServer>empty();
    demo.ifPresent(
        server -> {
          String credentials =
              server.publicKey().equals(MockServer.Builder.DEFAULT_PUBLIC_KEY)
                      && server.secretKey().equals(MockServer.Builder.DEFAULT_SECRET_KEY)
                  ? server.publicKey() + ":" + server.secretKey()
                  : "PUBLIC_KEY:SECRET_KEY";
          lines.add("To cause an event, change a demo customer from another terminal, e.g.:");
          lines.add(
              "  curl -u "
                  + credentials
                  + " -X PATCH -H 'Content-Type: application/json'"
                  + " -d '{\"meta\": {\"industry\": \"Robotics\"}}' "
                  + server.baseUrl()
                  + "/customers/"
                  + DEMO_CUSTOMER);
        });
    List<String> limits = new ArrayList<>();
    if (options.maxEvents() > 0) {
      limits.add(
          "after " + options.maxEvents() + (options.maxEvents() == 1 ? " event" : " events"));
    }
    if (options.duration() != null) {
      limits.add("after " + options.duration().toSeconds() + " s");
    }
    lines.add(
        "Stops "
            + (limits.isEmpty() ? "" : String.join(" or ", limits) + ", or ")
            + "on Ctrl-C; the subscription is then "
            + (options.keepSubscription() ? "kept for the next run." : "removed."));
    return lines;
  }

  private static Optional<MockServer> embedded(List<ConnectionProvider> providers) {
    for (ConnectionProvider provider : providers) {
      if (provider instanceof EmbeddedMockServerProvider embedded) {
        Optional<MockServer> running = embedded.running();
        if (running.isPresent()) {
          return running;
        }
      }
    }
    return Optional.empty();
  }
}
