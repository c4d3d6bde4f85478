package dev.cprops.recipes.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.InputException;
import dev.cprops.recipes.runner.UnreadableRecordException;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvActionsTest {
  @TempDir Path dir;
  private final Connector csv =
      BuiltinApps.create(new PrintWriter(new StringWriter()), Clock.systemUTC()).stream()
          .filter(a -> a.id().equals("csv"))
          .findFirst()
          .orElseThrow();
  private final Connection none = csv.connect(Map.of());

  private Map<String, Object> run(String action, Map<String, Object> input) {
    Action a = csv.action(action).orElseThrow();
    return a.execute(none, input);
  }

  @Test
  void readsRowsWithHeader_quotes_delimiter_andReportsShortRows() throws Exception {
    Path file = dir.resolve("in.csv");
    Files.writeString(file, "\uFEFFname;note\nAda;\"a; b\"\n\nBob\nCy;\"two\nlines\"\n");
    RowStream rows =
        (RowStream) run("read", Map.of("path", file.toString(), "delimiter", ";")).get("rows");
    Iterator<Map<String, Object>> it = rows.iterator();
    assertThat(it.next()).isEqualTo(Map.of("name", "Ada", "note", "a; b"));
    assertThatThrownBy(it::next)
        .isInstanceOf(UnreadableRecordException.class)
        .hasMessage("in.csv line 4: 1 cell where the header has 2 (a ragged row: cells missing?)");
    assertThat(it.next()).isEqualTo(Map.of("name", "Cy", "note", "two\nlines"));
    assertThat(it.hasNext()).isFalse();
    RowStream plain =
        (RowStream)
            run("read", Map.of("path", file.toString(), "header", false, "delimiter", ";"))
                .get("rows");
    assertThat(plain.iterator().next()).isEqualTo(Map.of("column_1", "name", "column_2", "note"));
  }

  @Test
  void expectedSize_countsRecordsAheadOfReading_soALoopCanShowItsTotal() throws Exception {
    Path file = dir.resolve("in.csv");
    Files.writeString(file, "\uFEFFname;note\r\nAda;\"a; b\"\r\n\r\nBob\nCy;\"two\nlines\"");
    RowStream rows =
        (RowStream) run("read", Map.of("path", file.toString(), "delimiter", ";")).get("rows");
    assertThat(rows.expectedSize()).as("header, blank line and a cell spanning lines").isEqualTo(3);
    RowStream noHeader =
        (RowStream)
            run("read", Map.of("path", file.toString(), "header", false, "delimiter", ";"))
                .get("rows");
    assertThat(noHeader.expectedSize()).isEqualTo(4);

    Files.writeString(file, "name,note\nAda,\"never closed\nBob,x\nCy,y\n");
    assertThat(rows.expectedSize()).as("a quote never closed: counted by lines").isEqualTo(3);

    Files.delete(file);
    assertThat(rows.expectedSize()).as("unreadable: unknown").isEqualTo(-1);
  }

  @Test
  void read_skipEmpty_leavesEmptyCellsOut_butKeepsBlankOnes() throws Exception {
    Path file = dir.resolve("in.csv");
    Files.writeString(file, "name,region,industry\nAda,,\" \"\n");
    RowStream kept = (RowStream) run("read", Map.of("path", file.toString())).get("rows");
    assertThat(kept).containsExactly(Map.of("name", "Ada", "region", "", "industry", " "));
    RowStream skipped =
        (RowStream) run("read", Map.of("path", file.toString(), "skip_empty", true)).get("rows");
    assertThat(skipped).containsExactly(Map.of("name", "Ada", "industry", " "));
  }

  @Test
  void readsAHundredThousandRowsInConstantMemory() throws Exception {
    Path file = dir.resolve("big.csv");
    try (BufferedWriter writer = Files.newBufferedWriter(file)) {
      writer.write("id,email,name,company,country,city,phone,plan,mrr,note\n");
      for (int i = 0; i < 100_000; i++) {
        writer.write(
            i
                + ",user"
                + i
                + "@example.com,User number "
                + i
                + ",Company "
                + i
                + ",France,Paris,+33 1 23 45 67 89,enterprise,"
                + i
                + ".50,some longer note text "
                + i
                + "\n");
      }
    }
    // The surefire heap is 64 MB: holding these rows as maps would need well over that.
    RowStream rows = (RowStream) run("read", Map.of("path", file.toString())).get("rows");
    long count = 0;
    long mrr = 0;
    for (Map<String, Object> row : rows) {
      count++;
      mrr += Long.parseLong(((String) row.get("mrr")).split("\\.")[0]);
    }
    assertThat(count).isEqualTo(100_000);
    assertThat(mrr).isEqualTo(99_999L * 100_000 / 2);
  }

  @Test
  void writesThenAppendsUnderTheExistingHeader() throws Exception {
    Path file = dir.resolve("out/result.csv");
    run(
        "write",
        Map.of(
            "path",
            file.toString(),
            "rows",
            List.of(new java.util.TreeMap<>(Map.of("email", "a@x.io", "name", "A, Inc.")))));
    Map<String, Object> out =
        run(
            "write",
            Map.of(
                "path",
                file.toString(),
                "append",
                true,
                "row",
                Map.of("name", "B", "email", "b@x.io")));
    assertThat(out.get("written").toString()).isEqualTo("1");
    assertThat(Files.readString(file))
        .isEqualTo("email,name\r\na@x.io,\"A, Inc.\"\r\nb@x.io,B\r\n");
  }

  @Test
  void aMissingFile_isAnInputError() {
    assertThatThrownBy(() -> run("read", Map.of("path", dir.resolve("nope.csv").toString())))
        .isInstanceOf(InputException.class)
        .hasMessageEndingWith("is not valid; expected a readable CSV file: no such file");
  }
}
