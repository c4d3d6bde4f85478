package dev.cprops.recipes.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, point 4: SIGTERM or Ctrl-C (SIGINT) during a run takes no new records, lets the batch
 * in flight finish, saves the state, prints the summary with what the next run redoes, and exits
 * 143 or 130; the next run finishes the job with nothing lost. A child JVM, signalled for real.
 */
@Tag("slow")
class InterruptTest {
  private static final int ROWS = 2000;
  private static DemoServer demo;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    demo = new DemoServer(0);
  }

  @AfterAll
  static void stop() {
    demo.close();
  }

  private Path recipe(String every) throws Exception {
    String rows =
        IntStream.rangeClosed(1, ROWS)
            .mapToObj(i -> "int_%05d,i%d@example.com".formatted(i, i))
            .collect(Collectors.joining("\n"));
    Files.writeString(dir.resolve("in.csv"), "Customer Key,Contact Email\n" + rows + "\n");
    return Files.writeString(
        dir.resolve("recipe.json"),
        """
        {"name": "big", "trigger": {"app": "schedule", "input": {"every": "%s"}},
         "steps": [
          {"id": "read", "app": "csv", "action": "read", "input": {"path": "{{recipe.dir}}/in.csv"}},
          {"id": "upsert", "app": "customer_properties", "action": "batch_upsert_customers",
           "for_each": "{{steps.read.rows}}", "batch_size": 10, "on_error": "continue",
           "input": {"records": "{{item}}", "match_by": "customer_key", "partner_key": "partner_jane"}}]}
        """
            .formatted(every));
  }

  @Test
  void sigterm_duringRunOnce_finishesTheBatch_savesState_printsTheSummary_exits143()
      throws Exception {
    demo.server.reseed();
    Path recipe = recipe("1h");
    Path state = dir.resolve("state");
    Process run =
        RecipeProcess.start(
            demo,
            dir.resolve("run1.out"),
            "run",
            recipe.toString(),
            "--once",
            "--state",
            state.toString());
    waitForCustomers(run, 200);
    run.destroy(); // SIGTERM
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = Files.readString(dir.resolve("run1.out"));

    assertThat(run.exitValue()).as(out).isEqualTo(143);
    assertThat(out)
        .contains("Summary of 'big': interrupted")
        .containsPattern(
            "interrupted in step 'upsert' after \\d+ records: the event was not"
                + " finished; the next run does this event again");
    long created = count(out, "created");
    assertThat(created).isLessThan(ROWS);
    assertThat(created % 10).as("whole batches only").isZero();
    assertThat(demo.server.admin().stats().customers()).isEqualTo(created);

    Process again =
        RecipeProcess.start(
            demo,
            dir.resolve("run2.out"),
            "run",
            recipe.toString(),
            "--once",
            "--state",
            state.toString());
    assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String out2 = Files.readString(dir.resolve("run2.out"));
    assertThat(again.exitValue()).as(out2).isZero();
    assertThat(count(out2, "created")).isEqualTo(ROWS - created);
    assertThat(count(out2, "unchanged")).isEqualTo(created);
    assertThat(demo.server.admin().stats().customers()).isEqualTo(ROWS);
  }

  @Test
  void sigint_duringAContinuousRun_exits130_withTheSummary() throws Exception {
    demo.server.reseed();
    Path recipe = recipe("1h");
    Process run =
        RecipeProcess.start(
            demo,
            dir.resolve("run.out"),
            "run",
            recipe.toString(),
            "--state",
            dir.resolve("s2").toString());
    waitForCustomers(run, 200);
    new ProcessBuilder("kill", "-INT", Long.toString(run.pid())).start().waitFor();
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = Files.readString(dir.resolve("run.out"));

    assertThat(run.exitValue())
        .as(out + Files.readString(dir.resolve("run.out.err")))
        .isEqualTo(130);
    assertThat(out).contains("Summary of 'big': interrupted");
    assertThat(demo.server.admin().stats().customers()).isEqualTo(count(out, "created"));
  }

  private static void waitForCustomers(Process run, long customers) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (demo.server.admin().stats().customers() < customers
        && run.isAlive()
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(run.isAlive()).as("still running when signalled").isTrue();
  }

  private static long count(String out, String label) {
    Matcher m = Pattern.compile("(?m)^  " + label + " +(\\d+)").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return Long.parseLong(m.group(1));
  }
}
