package dev.cprops.recipes.cli;

import dev.cprops.recipes.failure.ExitCode;
import dev.cprops.recipes.runner.ActionTotals;
import dev.cprops.recipes.runner.RunRetries;
import dev.cprops.recipes.runner.RunSummary;
import dev.cprops.recipes.runner.StepTotals;
import dev.cprops.recipes.runner.WebhookTotals;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Prints a run's summary: read, created, updated, unchanged, failed, time and rate. */
final class SummaryPrinter {
  /** How many error messages the summary shows before "... and N more". */
  static final int SHOWN_ERRORS = 10;

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
    out.println(line("skipped", Long.toString(summary.skipped())));
    out.println(line("retries", retries(summary.retries())));
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
                "    %-44s %s%s",
                entry.getKey(),
                plural(totals.calls(), "call"),
                totals.errors() > 0 ? ", " + plural(totals.errors(), "error") : ""));
      }
    }
    if (!summary.perStep().isEmpty()) {
      out.println("  steps (records):");
      for (Map.Entry<String, StepTotals> entry : summary.perStep().entrySet()) {
        StepTotals step = entry.getValue();
        out.println(
            String.format(
                Locale.ROOT,
                "    %-20s read %d, created %d, updated %d, unchanged %d, failed %d, skipped %d",
                entry.getKey(),
                step.read(),
                step.created(),
                step.updated(),
                step.unchanged(),
                step.failed(),
                step.skipped()));
      }
    }
    if (!summary.unmappedColumns().isEmpty()) {
      out.println("  unmapped columns (in the input, mapped onto no field or property):");
      summary
          .unmappedColumns()
          .forEach(
              (step, columns) ->
                  out.println(
                      String.format(
                          Locale.ROOT, "    %-20s %s", step, String.join(", ", columns))));
    }
    if (!summary.errors().isEmpty()) {
      out.println("  errors:");
      summary.errors().stream()
          .limit(SHOWN_ERRORS)
          .forEach(message -> out.println("    " + message));
      long more = summary.errorCount() - Math.min(SHOWN_ERRORS, summary.errors().size());
      if (more > 0) {
        out.println("    ... and " + more + " more");
      }
    }
    if (summary.failedRecordsFile() != null) {
      out.println(
          "  failed records: "
              + plural(summary.failedRecords(), "record")
              + " written to "
              + summary.failedRecordsFile()
              + " (fix them there and feed the file back)");
    }
  }

  /**
   * {@code 5 (4 rate limited (429), 1 server or network fault), 4 faults survived, 1 pacing wait,
   * 5.5 s waited}; {@code 0} when nothing was retried.
   */
  static String retries(RunRetries retries) {
    if (retries.retries() == 0 && retries.pacingWaits() == 0) {
      return "0";
    }
    long faults = retries.retries() - retries.rateLimited();
    StringBuilder text = new StringBuilder().append(retries.retries());
    if (retries.retries() > 0) {
      text.append(" (")
          .append(retries.rateLimited())
          .append(" rate limited (429), ")
          .append(plural(faults, "server or network fault"))
          .append("), ")
          .append(plural(retries.faultsSurvived(), "fault"))
          .append(" survived");
    }
    if (retries.pacingWaits() > 0) {
      text.append(retries.retries() > 0 ? ", " : " retries, ")
          .append(plural(retries.pacingWaits(), "pacing wait"))
          .append(" for the rate limit");
    }
    return text.append(", ")
        .append(ProgressDisplay.seconds(retries.waited()))
        .append(" waited")
        .toString();
  }

  static int exitCode(RunSummary summary) {
    return switch (summary.outcome()) {
      case OK -> ExitCode.OK.code();
      case FAILURES, STOPPED -> ExitCode.RECORDS_FAILED.code();
      case AUTH_FAILED -> ExitCode.CONNECTION.code();
      case UNREACHABLE -> ExitCode.SERVER_UNREACHABLE.code();
      case INTERRUPTED -> ExitCode.INTERRUPTED.code();
    };
  }

  private static String verdict(RunSummary summary) {
    return switch (summary.outcome()) {
      case OK -> "ok";
      case FAILURES -> "finished with failures";
      case STOPPED -> "stopped on a failure";
      case AUTH_FAILED -> "stopped: connection rejected";
      case UNREACHABLE -> "stopped: the server could not be reached";
      case INTERRUPTED ->
          "interrupted (what was in flight finished; the state is saved; see below for what the"
              + " next run redoes)";
    };
  }

  private static String line(String label, String value) {
    return String.format(Locale.ROOT, "  %-10s %s", label, value);
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
