package dev.cprops.recipes.cli;

import dev.cprops.recipes.runner.ActionTotals;
import dev.cprops.recipes.runner.RunSummary;
import dev.cprops.recipes.runner.WebhookTotals;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Prints a run's summary: read, created, updated, unchanged, failed, time and rate. */
final class SummaryPrinter {
  private SummaryPrinter() {}

  static void print(RunSummary summary, PrintWriter out) {
    out.println();
    out.println("Summary of '" + summary.recipe() + "': " + verdict(summary));
    out.println(
        line(
            "read",
            summary.read()
                + " ("
                + plural(summary.events(), "event")
                + (summary.duplicates() > 0
                    ? ", " + plural(summary.duplicates(), "duplicate") + " skipped"
                    : "")
                + ", "
                + plural(summary.items(), "loop item")
                + ")"));
    if (summary.webhook() != null) {
      WebhookTotals webhook = summary.webhook();
      out.println(
          line(
              "webhook",
              plural(webhook.deliveries(), "notification")
                  + ": "
                  + webhook.accepted()
                  + " accepted, "
                  + webhook.rejected()
                  + " rejected, "
                  + webhook.retried()
                  + " answered 5xx (delivered again)"));
    }
    out.println(line("created", Long.toString(summary.totals().created())));
    out.println(line("updated", Long.toString(summary.totals().updated())));
    out.println(line("unchanged", Long.toString(summary.totals().unchanged())));
    out.println(line("failed", Long.toString(summary.failed())));
    out.println(
        line("time", String.format(Locale.ROOT, "%.3f s", summary.elapsed().toNanos() / 1e9)));
    out.println(
        line(
            "rate",
            summary.rate() < 0
                ? "n/a"
                : String.format(Locale.ROOT, "%.1f records/s", summary.rate())));
    if (!summary.perAction().isEmpty()) {
      out.println("  actions:");
      for (Map.Entry<String, ActionTotals> entry : summary.perAction().entrySet()) {
        ActionTotals totals = entry.getValue();
        out.println(
            String.format(
                Locale.ROOT,
                "    %-28s %s%s",
                entry.getKey(),
                plural(totals.calls(), "call"),
                totals.errors() > 0 ? ", " + plural(totals.errors(), "error") : ""));
      }
    }
    if (!summary.errors().isEmpty()) {
      out.println("  errors:");
      summary.errors().forEach(message -> out.println("    " + message));
    }
  }

  static int exitCode(RunSummary summary) {
    return switch (summary.outcome()) {
      case OK -> ExitCodes.OK;
      case FAILURES, STOPPED -> ExitCodes.FAILURES;
      case AUTH_FAILED -> ExitCodes.CONNECTION;
    };
  }

  private static String verdict(RunSummary summary) {
    return switch (summary.outcome()) {
      case OK -> "ok";
      case FAILURES -> "finished with failures";
      case STOPPED -> "stopped on a failure";
      case AUTH_FAILED -> "stopped: connection rejected";
    };
  }

  private static String line(String label, String value) {
    return String.format(Locale.ROOT, "  %-10s %s", label, value);
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
