package dev.cprops.recipes.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.recipes.apps.BuiltinApps;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.runner.AppRegistry;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The studio over HTTP: pages for every recipe, saving without churn, and what it refuses. */
class StudioServerTest {
  @TempDir Path dir;
  private Studio studio;
  private StudioClient client;
  private final Map<String, String> files = new LinkedHashMap<>();

  @BeforeEach
  void start() throws Exception {
    int n = 0;
    for (Map.Entry<String, String> recipe : TestRecipes.all().entrySet()) {
      String id = String.format("r%03d/recipe.json", n++);
      Files.createDirectories(dir.resolve(id).getParent());
      Files.writeString(dir.resolve(id), recipe.getValue(), StandardCharsets.UTF_8);
      files.put(id, recipe.getValue());
    }
    AppRegistry apps =
        AppRegistry.load(
            BuiltinApps.create(new PrintWriter(new StringWriter()), Clock.systemUTC()));
    studio =
        Studio.start(
            dir, 0, apps, new Connections(Map.of(), Map.of(), List.of()), summary -> "summary");
    client = new StudioClient(studio.url());
  }

  @AfterEach
  void stop() {
    studio.close();
  }

  @Test
  void listensOnLoopbackOnly() {
    assertThat(studio.url()).startsWith("http://127.0.0.1:");
  }

  @Test
  void everyRecipe_opensInTheEditor_andSavesByteForByte() throws Exception {
    String list = client.get("/").body();
    for (Map.Entry<String, String> file : files.entrySet()) {
      assertThat(list).contains(file.getKey());
      HttpResponse<String> page = client.get("/edit?r=" + encode(file.getKey()));
      assertThat(page.statusCode()).as(file.getKey()).isEqualTo(200);
      assertThat(page.body()).contains("id=\"steps\"");
      HttpResponse<String> saved = client.post("/save", Map.of("r", file.getKey()));
      assertThat(saved.statusCode()).isEqualTo(303);
      assertThat(Files.readString(dir.resolve(file.getKey()), StandardCharsets.UTF_8))
          .as(file.getKey())
          .isEqualTo(file.getValue());
    }
  }

  @Test
  void fieldEdit_answersTheChecksWithTheFieldsPath() {
    String id = "r000/recipe.json";
    client.get("/edit?r=" + encode(id));
    HttpResponse<String> answer =
        client.post(
            "/field",
            Map.of(
                "r",
                id,
                "path",
                "steps.1.for_each",
                "kind",
                "string",
                "value",
                "{{steps.nope.rows}}"));
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body())
        .contains("\"path\":\"steps.1.for_each\"")
        .contains("points to unknown step 'nope'")
        .contains("\"unsaved\":true");
  }

  @Test
  void crossSitePost_isRefused_andChangesNothing() throws Exception {
    String id = "r000/recipe.json";
    client.get("/edit?r=" + encode(id));
    Map<String, String> edit = Map.of("r", id, "path", "name", "kind", "string", "value", "evil");
    HttpResponse<String> crossSite =
        client.post("/field", edit, "http://evil.example", client.token());
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(crossSite.body()).contains("cross-site request refused");
    HttpResponse<String> noToken = client.post("/field", edit, client.origin(), null);
    assertThat(noToken.statusCode()).isEqualTo(403);
    HttpResponse<String> wrongToken = client.post("/field", edit, client.origin(), "guess");
    assertThat(wrongToken.statusCode()).isEqualTo(403);
    client.post("/save", Map.of("r", id));
    assertThat(Files.readString(dir.resolve(id))).isEqualTo(files.get(id));
    assertThat(client.get("/edit?r=" + encode(id)).body()).doesNotContain("evil");
  }

  @Test
  void requestForAnotherHost_isRefused() throws Exception {
    int port = java.net.URI.create(studio.url()).getPort();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET / HTTP/1.1\r\nHost: rebound.example:" + port + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      assertThat(answer).startsWith("HTTP/1.1 421");
    }
  }

  @Test
  void fileOutsideTheFolder_cannotBeOpened() {
    assertThat(client.get("/edit?r=" + encode("../../pom.xml")).statusCode()).isEqualTo(404);
  }

  @Test
  void newRecipe_startsFromTheChosenTrigger_andSavesWhereNamed() throws Exception {
    client.get("/");
    HttpResponse<String> created =
        client.post("/new", Map.of("name", "My sync", "trigger", "schedule.tick"));
    assertThat(created.statusCode()).isEqualTo(303);
    assertThat(created.headers().firstValue("Location")).hasValue("/edit?r=my-sync%2Frecipe.json");
    client.post("/step/add", Map.of("r", "my-sync/recipe.json", "action", "log.info"));
    client.post(
        "/field",
        Map.of(
            "r",
            "my-sync/recipe.json",
            "path",
            "trigger.input.every",
            "kind",
            "string",
            "value",
            "1h"));
    client.post(
        "/field",
        Map.of(
            "r", "my-sync/recipe.json",
            "path", "steps.0.input.message",
            "kind", "string",
            "value", "tick {{trigger.scheduled_at}}"));
    client.post("/save", Map.of("r", "my-sync/recipe.json"));
    assertThat(Files.readString(dir.resolve("my-sync/recipe.json")))
        .isEqualTo(
            """
            {
              "name": "My sync",
              "trigger": {
                "app": "schedule",
                "input": {
                  "every": "1h"
                }
              },
              "steps": [
                {
                  "id": "info",
                  "app": "log",
                  "action": "info",
                  "input": {
                    "message": "tick {{trigger.scheduled_at}}"
                  }
                }
              ]
            }
            """);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
