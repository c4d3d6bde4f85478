package dev.cprops.recipes.studio;

import dev.cprops.connector.spi.Json;
import dev.cprops.recipes.apps.BuiltinApps;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.recipe.Recipe;
import dev.cprops.recipes.recipe.RecipeValidator;
import dev.cprops.recipes.runner.AppRegistry;
import dev.cprops.recipes.runner.RecipeRunner;
import dev.cprops.recipes.runner.RunListener;
import dev.cprops.recipes.runner.RunSummary;
import dev.cprops.recipes.runner.Sleeper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * "Run once": runs a recipe as {@code run --once} does (one tick, with the studio's connections),
 * on a background thread, recording its progress for the page to poll, and keeps a job history:
 * every run's summary, counts and failed records. Each run gets a fresh state directory and
 * failed-records file in the studio's work directory.
 */
final class RunJobs implements AutoCloseable {
  private final Connections connections;
  private final Path workDir;
  private final Function<RunSummary, String> summaryText;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "studio-run");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, Job> jobs = new ConcurrentHashMap<>();
  private final List<Job> history = new CopyOnWriteArrayList<>();

  /**
   * @param summaryText prints a summary as {@code run} does
   */
  RunJobs(Connections connections, Path workDir, Function<RunSummary, String> summaryText) {
    this.connections = connections;
    this.workDir = workDir;
    this.summaryText = summaryText;
  }

  /** One run. */
  final class Job implements RunListener {
    final int id;
    final String recipeId;
    final String recipeName;
    final Instant started = Instant.now();
    final List<String> progress = Collections.synchronizedList(new ArrayList<>());
    volatile boolean done;
    volatile String summary;
    volatile String outcome = "running";
    volatile Map<String, Object> counts = Map.of();
    volatile List<String> failedRecords = List.of();

    Job(int id, String recipeId, String recipeName) {
      this.id = id;
      this.recipeId = recipeId;
      this.recipeName = recipeName;
    }

    @Override
    public void polled(String trigger, int events) {
      progress.add("polled " + trigger + ": " + events + " events");
    }

    @Override
    public void warning(String message) {
      progress.add("warning: " + message);
    }

    @Override
    public void loopStarted(String stepId, long total) {
      progress.add("step '" + stepId + "' loops" + (total >= 0 ? " over " + total : ""));
    }

    @Override
    public void loopProgress(String stepId, long done) {
      progress.add("step '" + stepId + "': " + done + " done");
    }

    @Override
    public void loopFinished(String stepId, long done, long failed) {
      progress.add("step '" + stepId + "' finished: " + done + " done, " + failed + " failed");
    }

    @Override
    public void stepFailed(String stepId, String message) {
      progress.add("step '" + stepId + "' failed: " + message);
    }

    Map<String, Object> view() {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("id", id);
      view.put("recipeId", recipeId);
      view.put("started", started.toString());
      view.put("done", done);
      view.put("outcome", outcome);
      List<String> lines;
      synchronized (progress) {
        lines = List.copyOf(progress.subList(Math.max(0, progress.size() - 8), progress.size()));
      }
      view.put("progress", lines);
      view.put("summary", summary);
      view.put("counts", counts);
      StringBuilder text = new StringBuilder();
      counts.forEach(
          (k, v) -> text.append(text.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
      view.put("countsText", text.toString());
      view.put("failedCount", failedRecords.size());
      view.put("failedRecords", failedRecords);
      view.put("hasFailedRecords", !failedRecords.isEmpty());
      return view;
    }
  }

  /** Starts a run of a recipe that passed the checks (they are run again first). */
  Job start(String recipeId, Recipe recipe) {
    Job job = new Job(ids.incrementAndGet(), recipeId, recipe.name());
    jobs.put(job.id, job);
    history.add(0, job);
    executor.submit(() -> run(job, recipe));
    return job;
  }

  Optional<Job> job(int id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** The runs of a recipe, newest first. */
  List<Map<String, Object>> history(String recipeId) {
    return history.stream().filter(j -> j.recipeId.equals(recipeId)).map(Job::view).toList();
  }

  private void run(Job job, Recipe recipe) {
    StringWriter log = new StringWriter();
    try {
      Path dir = Files.createDirectories(workDir.resolve("run-" + job.id));
      Path failedOut = dir.resolve("failed-records.jsonl");
      AppRegistry apps =
          AppRegistry.load(
              BuiltinApps.create(new PrintWriter(log, true), Clock.systemDefaultZone()));
      new RecipeValidator(apps, connections::given).require(recipe);
      RecipeRunner runner =
          new RecipeRunner(apps, connections, job, Clock.systemDefaultZone(), Sleeper.SYSTEM)
              .failedOut(failedOut);
      if (runner.hasWebhookTrigger(recipe)) {
        throw new IllegalArgumentException(
            "the trigger is a webhook trigger: run once has no tick to run; listen for its"
                + " notifications with `recipe run FILE`");
      }
      RunSummary summary = runner.run(recipe, dir.resolve("state"), true, () -> false);
      Map<String, Object> counts = new LinkedHashMap<>();
      counts.put("read", summary.read());
      counts.put("created", summary.totals().created());
      counts.put("updated", summary.totals().updated());
      counts.put("unchanged", summary.totals().unchanged());
      counts.put("failed", summary.failed());
      counts.put("skipped", summary.skipped());
      job.counts = counts;
      job.failedRecords = failedRecords(summary.failedRecordsFile());
      job.summary = summaryText.apply(summary).strip();
      job.outcome = summary.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    } catch (RuntimeException | IOException e) {
      job.outcome = "error";
      job.summary = e.getMessage();
    } finally {
      String messages = log.toString().strip();
      if (!messages.isEmpty()) {
        job.progress.add("log: " + messages.lines().reduce((a, b) -> b).orElse(""));
      }
      job.done = true;
    }
  }

  private static List<String> failedRecords(Path file) throws IOException {
    if (file == null || !Files.exists(file)) {
      return List.of();
    }
    List<String> records = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && records.size() < 100) {
        records.add(Json.compact(Json.parse(line)));
      }
    }
    return records;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
