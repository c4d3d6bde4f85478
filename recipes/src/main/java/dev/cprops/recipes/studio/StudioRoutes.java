package dev.cprops.recipes.studio;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Json;
import dev.cprops.recipes.recipe.Recipe;
import dev.cprops.recipes.recipe.RecipeException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The studio's pages and write requests. */
final class StudioRoutes implements HttpHandler {
  private static final String HTMX =
      "META-INF/resources/webjars/htmx.org/" + HtmxVersion.VERSION + "/dist/htmx.min.js";
  private static final Map<String, String[]> ASSETS =
      Map.of(
          "/assets/studio.css", new String[] {"studio/assets/studio.css", "text/css"},
          "/assets/studio.js", new String[] {"studio/assets/studio.js", "text/javascript"},
          "/assets/htmx.min.js", new String[] {HTMX, "text/javascript"},
          "/favicon.ico", new String[] {"studio/assets/favicon.svg", "image/svg+xml"});

  private final RecipeLibrary library;
  private final StudioApps apps;
  private final RunJobs jobs;
  private final CsrfGuard guard;
  private final Templates templates = new Templates();
  private final EditorModel editor;
  private final Checks checks;
  private final StepTester tester;
  private final AutoMap autoMap;

  StudioRoutes(RecipeLibrary library, StudioApps apps, RunJobs jobs, CsrfGuard guard) {
    this.library = library;
    this.apps = apps;
    this.jobs = jobs;
    this.guard = guard;
    this.editor = new EditorModel(apps);
    this.checks = new Checks(apps);
    this.tester = new StepTester(apps);
    this.autoMap = new AutoMap(apps, tester);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!guard.hostAllowed(exchange)) {
        HttpExchangeIO.send(
            exchange, 421, "text/plain", "unknown host".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      if (method.equals("GET")) {
        get(exchange, path);
      } else if (method.equals("POST")) {
        Map<String, String> form = HttpExchangeIO.form(exchange);
        String refusal = guard.refusal(exchange, form.get("_csrf"));
        if (refusal != null) {
          HttpExchangeIO.send(
              exchange, 403, "text/plain; charset=utf-8", refusal.getBytes(StandardCharsets.UTF_8));
          return;
        }
        post(exchange, path, form);
      } else {
        exchange.getResponseHeaders().set("Allow", "GET, POST");
        HttpExchangeIO.send(exchange, 405, "text/plain", new byte[0]);
      }
    } catch (RuntimeException e) {
      HttpExchangeIO.html(
          exchange, 500, error("Something went wrong", String.valueOf(e.getMessage())));
    }
  }

  private void get(HttpExchange exchange, String path) throws IOException {
    Map<String, String> query = HttpExchangeIO.query(exchange);
    if (ASSETS.containsKey(path)) {
      asset(exchange, ASSETS.get(path));
      return;
    }
    switch (path) {
      case "/" -> {
        Map<String, Object> model = page(exchange, "Recipes");
        model.put("recipes", library.list());
        model.put("directory", library.root().toString());
        model.put("triggerChoices", editor.triggerChoices());
        model.put("error", query.get("error"));
        HttpExchangeIO.html(exchange, 200, templates.render("list", model));
      }
      case "/edit" -> {
        String id = query.getOrDefault("r", "");
        Optional<RecipeDocument> document = library.document(id);
        if (document.isEmpty()) {
          notFound(exchange, id);
          return;
        }
        Map<String, Object> model = page(exchange, "Edit recipe");
        synchronized (document.get()) {
          model.putAll(editor.build(id, document.get()));
          model.put("problemsJson", Json.compact(checks.run(document.get())));
        }
        model.put("history", jobs.history(id));
        model.put("hasHistory", !jobs.history(id).isEmpty());
        model.put("saved", query.containsKey("saved"));
        model.put("savedText", query.get("saved"));
        HttpExchangeIO.html(exchange, 200, templates.render("editor", model));
      }
      case "/checks" -> {
        Optional<RecipeDocument> document = library.document(query.getOrDefault("r", ""));
        if (document.isEmpty()) {
          notFound(exchange, query.get("r"));
          return;
        }
        synchronized (document.get()) {
          HttpExchangeIO.json(exchange, 200, checksJson(document.get()));
        }
      }
      case "/run" -> {
        int id = parseInt(query.get("id"));
        Optional<RunJobs.Job> job = jobs.job(id);
        if (job.isEmpty()) {
          notFound(exchange, "run " + id);
          return;
        }
        HttpExchangeIO.html(exchange, 200, templates.render("run", job.get().view()));
      }
      default -> notFound(exchange, path);
    }
  }

  private void post(HttpExchange exchange, String path, Map<String, String> form)
      throws IOException {
    if (path.equals("/new")) {
      newRecipe(exchange, form);
      return;
    }
    String id = form.getOrDefault("r", "");
    Optional<RecipeDocument> found = library.document(id);
    if (found.isEmpty()) {
      notFound(exchange, id);
      return;
    }
    RecipeDocument document = found.get();
    synchronized (document) {
      switch (path) {
        case "/field" -> {
          try {
            document.set(
                TreePath.parse(form.getOrDefault("path", "")),
                FieldForms.value(form.get("value"), form.get("kind")));
          } catch (IllegalArgumentException e) {
            HttpExchangeIO.json(exchange, 400, Json.compact(Map.of("error", e.getMessage())));
            return;
          }
          HttpExchangeIO.json(exchange, 200, checksJson(document));
        }
        case "/step/add" -> {
          addStep(document, form);
          redirect(exchange, id, "#step-" + (document.steps().size()));
        }
        case "/step/remove" -> {
          int index = parseInt(form.get("index"));
          if (index >= 0 && index < document.steps().size()) {
            document.steps().remove(index);
          }
          redirect(exchange, id, "#steps");
        }
        case "/step/move" -> {
          int from = parseInt(form.get("index"));
          int to = parseInt(form.get("to"));
          List<Object> steps = document.steps();
          if (from >= 0 && from < steps.size() && to >= 0 && to < steps.size()) {
            steps.add(to, steps.remove(from));
          }
          redirect(exchange, id, "#step-" + (to + 1));
        }
        case "/trigger" -> {
          String[] choice = form.getOrDefault("trigger", "").split("\\.", 2);
          if (choice.length == 2 && apps.trigger(choice[0], choice[1]).isPresent()) {
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("app", choice[0]);
            spec.put("trigger", choice[1]);
            spec.put("input", new LinkedHashMap<>());
            document.tree().put("trigger", spec);
          }
          redirect(exchange, id, "#trigger");
        }
        case "/refresh" -> {
          apps.app(form.get("app")).ifPresent(apps::refresh);
          redirect(exchange, id, "#step-" + form.getOrDefault("step", ""));
        }
        case "/save" -> {
          document.save();
          exchange
              .getResponseHeaders()
              .set(
                  "Location",
                  "/edit?r=" + encode(id) + "&saved=" + encode(document.file().toString()));
          HttpExchangeIO.send(exchange, 303, "text/plain", new byte[0]);
        }
        case "/revert" -> {
          if (document.isNew()) {
            library.forget(id);
            HttpExchangeIO.redirect(exchange, "/");
          } else {
            document.revert();
            redirect(exchange, id, "");
          }
        }
        case "/test" -> {
          Map<String, Object> model = tester.test(id, document, parseInt(form.get("index")));
          HttpExchangeIO.html(exchange, 200, templates.render("test-output", model));
        }
        case "/automap" -> {
          Map<String, Object> answer =
              autoMap.suggest(id, document, parseInt(form.get("index")), form.get("header"));
          HttpExchangeIO.json(
              exchange, answer.containsKey("error") ? 400 : 200, Json.compact(answer));
        }
        case "/run" -> {
          Recipe recipe;
          try {
            recipe = document.parse();
          } catch (RecipeException e) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("done", true);
            model.put("outcome", "not started");
            model.put("summary", "the recipe has problems to fix first: " + e.getMessage());
            HttpExchangeIO.html(exchange, 200, templates.render("run", model));
            return;
          }
          RunJobs.Job job = jobs.start(id, recipe);
          HttpExchangeIO.html(exchange, 200, templates.render("run", job.view()));
        }
        default -> notFound(exchange, path);
      }
    }
  }

  private void newRecipe(HttpExchange exchange, Map<String, String> form) throws IOException {
    String[] choice = form.getOrDefault("trigger", "").split("\\.", 2);
    if (choice.length != 2 || apps.trigger(choice[0], choice[1]).isEmpty()) {
      HttpExchangeIO.redirect(exchange, "/?error=" + encode("trigger: choose a trigger"));
      return;
    }
    try {
      String trigger = apps.app(choice[0]).orElseThrow().triggers().size() == 1 ? null : choice[1];
      String id = library.create(form.getOrDefault("name", ""), choice[0], trigger);
      HttpExchangeIO.redirect(exchange, "/edit?r=" + encode(id));
    } catch (IllegalArgumentException e) {
      HttpExchangeIO.redirect(exchange, "/?error=" + encode(e.getMessage()));
    }
  }

  private void addStep(RecipeDocument document, Map<String, String> form) {
    String[] choice = form.getOrDefault("action", "").split("\\.", 2);
    if (choice.length != 2) {
      return;
    }
    Optional<Action> action = apps.action(choice[0], choice[1]);
    if (action.isEmpty()) {
      return;
    }
    List<Object> steps = document.steps();
    String base = action.get().id();
    String stepId = base;
    for (int n = 2; usedId(steps, stepId); n++) {
      stepId = base + "_" + n;
    }
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("id", stepId);
    step.put("app", choice[0]);
    step.put("action", choice[1]);
    step.put("input", new LinkedHashMap<>());
    int at = form.containsKey("position") ? parseInt(form.get("position")) : steps.size();
    steps.add(at < 0 || at > steps.size() ? steps.size() : at, step);
  }

  private static boolean usedId(List<Object> steps, String id) {
    return steps.stream().anyMatch(s -> s instanceof Map<?, ?> m && id.equals(m.get("id")));
  }

  private String checksJson(RecipeDocument document) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("problems", checks.run(document));
    answer.put("unsaved", document.changed());
    return Json.compact(answer);
  }

  private Map<String, Object> page(HttpExchange exchange, String title) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", title);
    model.put("csrf", guard.token(exchange));
    return model;
  }

  private void redirect(HttpExchange exchange, String id, String anchor) throws IOException {
    HttpExchangeIO.redirect(exchange, "/edit?r=" + encode(id) + anchor);
  }

  private void asset(HttpExchange exchange, String[] asset) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(asset[0])) {
      if (in == null) {
        notFound(exchange, asset[0]);
        return;
      }
      HttpExchangeIO.send(exchange, 200, asset[1], in.readAllBytes());
    }
  }

  private void notFound(HttpExchange exchange, String what) throws IOException {
    HttpExchangeIO.html(exchange, 404, error("Not found", "There is no " + what + " here."));
  }

  private String error(String title, String message) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", title);
    model.put("message", message);
    return templates.render("error", model);
  }

  private static int parseInt(String text) {
    try {
      return Integer.parseInt(text == null ? "" : text.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
