package dev.cprops.recipes.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, point 1: a run counts records, not batches; shows the first errors and how many more;
 * writes every failed record to a file to fix and feed back; and exposes its counts and failed
 * records as step outputs a later step (a dead-letter step) can use. Through the CLI, against the
 * real connector and a demo mock server.
 */
@Tag("slow")
class RecordCountsTest {
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

  @BeforeEach
  void reseed() {
    demo.server.reseed();
  }

  /** 16 rows in batches of 5; rows 3..16 have an MRR the API refuses. */
  private Path recipe(String mapping) throws Exception {
    String rows =
        IntStream.rangeClosed(1, 16)
            .mapToObj(
                i ->
                    "trk_%02d,Company %d,c%d@example.com,%s"
                        .formatted(i, i, i, i <= 2 ? "1200.50" : "12abc"))
            .collect(Collectors.joining("\n"));
    Files.writeString(
        dir.resolve("in.csv"), "Customer Key,Company name,Contact Email,MRR\n" + rows + "\n");
    Path recipe = dir.resolve("recipe.json");
    Files.writeString(
        recipe,
        """
        {"name": "counts", "trigger": {"app": "schedule", "input": {"every": "1h"}},
         "steps": [
          {"id": "read", "app": "csv", "action": "read", "input": {"path": "{{recipe.dir}}/in.csv"}},
          {"id": "upsert", "app": "customer_properties", "action": "batch_upsert_customers",
           "for_each": "{{steps.read.rows}}", "batch_size": 5, "on_error": "continue",
           "input": {"records": "{{item}}", "match_by": "customer_key", "partner_key": "partner_jane",
                     "mapping": %s}},
          {"id": "tell", "app": "log", "action": "info",
           "input": {"message": "upsert: {{steps.upsert.records}} records, {{steps.upsert.created}} created, {{steps.upsert.failed}} failed"}},
          {"id": "dead", "app": "csv", "action": "write", "for_each": "{{steps.upsert.failed_records}}",
           "input": {"path": "{{recipe.dir}}/dead.csv", "append": true,
                     "row": {"key": "{{item.record[\\"Customer Key\\"]}}", "field": "{{item.field}}", "reason": "{{item.reason}}"}}}
         ]}
        """
            .formatted(mapping));
    return recipe;
  }

  private RecipeCli run(Path recipe, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "run", recipe.toString(), "--once", "--state", dir.resolve("state").toString()));
    args.addAll(List.of(more));
    return RecipeCli.run(List.of(demo.provider()), args.toArray(String[]::new));
  }

  @Test
  void failedRecords_areCountedOneByOne_listedFirstTen_writtenToTheDefaultFile_andRouted()
      throws Exception {
    RecipeCli cli = run(recipe("{\"MRR\": \"mrr\"}"));

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(1);
    assertThat(cli.count("created")).as(cli.out()).isEqualTo(2);
    assertThat(cli.count("failed")).isEqualTo(14);
    assertThat(cli.out())
        .contains("upsert: 16 records, 2 created, 14 failed\n")
        .containsPattern("upsert +read 16, created 2, updated 0, unchanged 0, failed 14, skipped 0")
        .contains("record trk_03: meta.mrr: '12abc' is not valid")
        .contains("    ... and 4 more\n");
    Path file = dir.resolve("state").resolve("failed-records.csv");
    assertThat(cli.out())
        .contains("failed records: 14 records written to " + file + " (fix them there");
    List<CSVRecord> failed = csv(file);
    assertThat(failed).hasSize(14);
    assertThat(failed.get(0).toMap())
        .containsEntry("Customer Key", "trk_03")
        .containsEntry("MRR", "12abc")
        .containsEntry("error_step", "upsert")
        .containsEntry("error_field", "meta.mrr")
        .containsEntry("error_value", "12abc");
    assertThat(failed.get(0).get("error_reason")).contains("is not valid");
    List<CSVRecord> dead = csv(dir.resolve("dead.csv"));
    assertThat(dead).hasSize(14);
    assertThat(dead.get(13).toMap())
        .containsEntry("key", "trk_16")
        .containsEntry("field", "meta.mrr");

    // fixed and fed back: the file is gone once nothing fails
    Files.writeString(
        dir.resolve("in.csv"),
        "Customer Key,Company name,Contact Email,MRR\ntrk_01,Company 1,c1@example.com,1200.50\n");
    RecipeCli fixed = run(dir.resolve("recipe.json"));
    assertThat(fixed.exitCode()).as(fixed.out()).isZero();
    assertThat(fixed.count("failed")).isZero();
    assertThat(file).doesNotExist();
    assertThat(fixed.out()).doesNotContain("failed records:");
  }

  @Test
  void aMappingTypoFailsEveryRecordOfEachBatch_countedAsRecords_toTheNamedFile() throws Exception {
    Path out = dir.resolve("fix-me.jsonl");
    RecipeCli cli = run(recipe("{\"MRR\": \"mrrr\"}"), "--failed-out", out.toString());

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(1);
    assertThat(cli.count("failed")).as(cli.out()).isEqualTo(16);
    assertThat(cli.count("created")).isZero();
    assertThat(cli.out())
        .contains("upsert: 16 records, 0 created, 16 failed\n")
        .contains("failed for 5 records: ")
        .contains("failed records: 16 records written to " + out);
    assertThat(Files.readAllLines(out))
        .hasSize(16)
        .first()
        .asString()
        .startsWith("{\"step\":\"upsert\",")
        .contains("\"record\":{\"Customer Key\":\"trk_01\"");
  }

  private static List<CSVRecord> csv(Path file) throws Exception {
    try (var parser =
        CSVFormat.DEFAULT.builder().setHeader().get().parse(Files.newBufferedReader(file))) {
      return parser.getRecords();
    }
  }
}
