package dev.cprops.recipes.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.MockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a {@code run} of the CRM-changes sample (a child JVM) while it works through the companies,
 * runs it again, and checks that every company reached its steps exactly once: each is logged once
 * over both runs (except at most the one the kill cut off after its log line and before its dedup
 * key was journaled, which the documented at-least-once rule lets run again, then unchanged), and
 * every company's customer holds the CRM's values.
 */
@Tag("slow")
class CrashRecoveryTest {
  private static final int CUSTOMERS = 300;
  private static final int COMPANIES = CUSTOMERS + MockServer.DEMO_CRM_PROSPECTS;
  private static final Pattern LOG_LINE =
      Pattern.compile("(?m)^(acct_\\d+) .*: (created|updated|unchanged|failed)\\b");

  @TempDir Path dir;

  @Test
  void killedRun_restarted_appliesEveryCompanyOnce() throws Exception {
    try (DemoServer demo = new DemoServer(CUSTOMERS)) {
      Path state = dir.resolve("state");
      Path journal = state.resolve("crm.new_or_updated_company.seen");

      Process killed = start(demo, state, dir.resolve("run1.out"));
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (lines(journal) < 25 && killed.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      List<String[]> before = logged(dir.resolve("run1.out"));
      assertThat(before.size()).as("the kill came mid-way").isGreaterThan(0).isLessThan(COMPANIES);

      Process restarted = start(demo, state, dir.resolve("run2.out"));
      assertThat(restarted.waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(restarted.exitValue()).as("exit 1: the broken companies failed").isEqualTo(1);
      List<String[]> after = logged(dir.resolve("run2.out"));

      Map<String, List<String>> statuses = new HashMap<>();
      for (String[] line : before) {
        statuses.computeIfAbsent(line[0], k -> new ArrayList<>()).add(line[1]);
      }
      for (String[] line : after) {
        statuses.computeIfAbsent(line[0], k -> new ArrayList<>()).add(line[1]);
      }
      assertThat(statuses).as("nothing lost").hasSize(COMPANIES);
      List<String> twice =
          statuses.entrySet().stream()
              .filter(e -> e.getValue().size() > 1)
              .map(Map.Entry::getKey)
              .toList();
      assertThat(twice).as("nothing applied twice").hasSizeLessThanOrEqualTo(1);
      for (String key : twice) {
        assertThat(statuses.get(key)).hasSize(2).element(1).isIn("unchanged", "failed");
      }
      assertThat(statuses.values().stream().filter(s -> s.get(0).equals("created")).count())
          .isEqualTo(MockServer.DEMO_CRM_PROSPECTS);
      assertThat(demo.server.admin().stats().customers()).isEqualTo(COMPANIES);
      assertThat(demo.customerMeta("acct_00311").get("industry"))
          .isEqualTo(demo.company("acct_00311").get("industry"));
    }
  }

  private static Process start(DemoServer demo, Path state, Path output) throws Exception {
    return RecipeProcess.start(
        demo,
        output,
        "run",
        Path.of("samples/crm-changes-to-customers/recipe.json").toAbsolutePath().toString(),
        "--once",
        "--state",
        state.toString());
  }

  private static long lines(Path file) throws Exception {
    if (!Files.exists(file)) {
      return 0;
    }
    try (var lines = Files.lines(file)) {
      return lines.count();
    }
  }

  private static List<String[]> logged(Path output) throws Exception {
    List<String[]> lines = new ArrayList<>();
    Matcher m = LOG_LINE.matcher(Files.readString(output));
    while (m.find()) {
      lines.add(new String[] {m.group(1), m.group(2)});
    }
    return lines;
  }
}
