package dev.cprops.recipes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.recipes.failure.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, point 2: a bad CSV row (an unclosed quote, text after a closing quote, a ragged row, a
 * repeated key) fails alone under the loop step's on_error, named by file, line and column; the
 * rows before and after it are processed. Through the CLI.
 */
class CsvRowErrorsTest {
  private static final String CSV =
      """
      key,name,mrr
      k1,Ada,10
      k2,"Bob, Jr,20
      k3,Cy,30
      k4,"Di"x,40
      k5,Ed,50,extra
      k6,Flo
      k1,Ada again,70
      k7,"Gus
      Jr",80
      k8,Hal,90
      """;

  @TempDir Path dir;

  private Cli run(String onError) throws Exception {
    Files.writeString(dir.resolve("in.csv"), CSV);
    Path recipe = dir.resolve("recipe.json");
    Files.writeString(
        recipe,
        """
        {"name": "rows", "trigger": {"app": "schedule", "input": {"every": "1h"}},
         "steps": [
          {"id": "read", "app": "csv", "action": "read",
           "input": {"path": "{{recipe.dir}}/in.csv", "unique": "key"}},
          {"id": "say", "app": "log", "action": "info", "for_each": "{{steps.read.rows}}",
           "on_error": "%s", "input": {"message": "row {{item.key}} {{item.name}}"}}]}
        """
            .formatted(onError));
    return Cli.run("run", recipe.toString(), "--once", "--state", dir.resolve("s").toString());
  }

  @Test
  void continue_reportsEachBadRowWithFileLineAndColumn_andProcessesTheOthers() throws Exception {
    Cli cli = run("continue");

    assertThat(cli.exitCode).as(cli.out() + cli.err()).isEqualTo(ExitCode.RECORDS_FAILED.code());
    assertThat(cli.out())
        .startsWith("row k1 Ada\nrow k3 Cy\nrow k7 Gus\nJr\nrow k8 Hal\n")
        .contains("  failed     5\n")
        .contains(
            "step 'say': in.csv line 3, column 4: the quote opened here is never closed\n",
            "step 'say': in.csv line 5, column 8: text after the closing quote of a cell",
            "step 'say': in.csv line 6: 4 cells where the header has 3 (a ragged row: an"
                + " unquoted delimiter?)\n",
            "step 'say': in.csv line 7: 2 cells where the header has 3 (a ragged row: cells"
                + " missing?)\n",
            "step 'say': in.csv line 8: duplicate key 'k1' (first on line 2); the row is left"
                + " out\n")
        .contains("say                  read 9, created 0, updated 0, unchanged 0, failed 5");
    String failed = Files.readString(dir.resolve("s/failed-records.csv"));
    assertThat(failed)
        .startsWith(
            "key,name,mrr,column_4,record,error_step,error_field,error_value,error_reason\n")
        .contains(",,,,\"k2,\"\"Bob, Jr,20\",say,,,\"in.csv line 3, column 4: the quote")
        .contains("\nk5,Ed,50,extra,,say,,,in.csv line 6: 4 cells")
        .contains("\nk1,Ada again,70,,,say,,,in.csv line 8: duplicate key 'k1'");
  }

  @Test
  void skip_countsBadRowsAsSkipped_andTheRunIsOk() throws Exception {
    Cli cli = run("skip");

    assertThat(cli.exitCode).as(cli.out() + cli.err()).isEqualTo(ExitCode.OK.code());
    assertThat(cli.out())
        .startsWith("row k1 Ada\nrow k3 Cy\nrow k7 Gus\nJr\nrow k8 Hal\n")
        .contains("  failed     0\n")
        .contains("  skipped    5\n")
        .contains("in.csv line 3, column 4: the quote opened here is never closed (skipped)\n");
  }

  @Test
  void stop_stopsAtTheFirstBadRow_afterTheRowsBeforeIt() throws Exception {
    Cli cli = run("stop");

    assertThat(cli.exitCode).as(cli.out() + cli.err()).isEqualTo(ExitCode.RECORDS_FAILED.code());
    assertThat(cli.out())
        .startsWith("row k1 Ada\n\nSummary of 'rows': stopped on a failure\n")
        .contains("run stopped: step 'say': in.csv line 3, column 4: the quote opened here");
  }
}
