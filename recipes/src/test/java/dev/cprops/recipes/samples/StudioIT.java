package dev.cprops.recipes.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.connector.spi.Json;
import dev.cprops.mock.browser.Browser;
import dev.cprops.mock.browser.BrowserExtension;
import dev.cprops.recipes.apps.BuiltinApps;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.embedded.EmbeddedMockServerProvider;
import dev.cprops.recipes.runner.AppRegistry;
import dev.cprops.recipes.studio.Studio;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The studio in Debian's headless Chromium: a recipe built by dragging actions and pills runs like
 * the sample it copies, fields follow the connection's access, checks appear beside their field,
 * test step shows typed output, and every sample opens, edits and saves.
 */
@ExtendWith(BrowserExtension.class)
class StudioIT {
  /** Fires the HTML5 drag-and-drop events the page listens to, with one shared DataTransfer. */
  private static final String DRAG =
      "const [source, target] = arguments; const data = new DataTransfer();"
          + " const fire = (el, type) => el.dispatchEvent(new DragEvent(type,"
          + " {bubbles: true, cancelable: true, dataTransfer: data}));"
          + " fire(source, 'dragstart'); fire(target, 'dragenter'); fire(target, 'dragover');"
          + " fire(target, 'drop'); fire(source, 'dragend');";

  private static final String SAMPLE = "crm-export-to-customers/recipe.json";

  @TempDir static Path dir;
  @TempDir static Path state;
  private static DemoServer demo;
  private static Studio vendor;
  private static Studio partner;

  @BeforeAll
  static void start() throws IOException {
    demo = new DemoServer(20);
    copy(Path.of("samples"), dir.resolve("samples"));
    Files.createDirectories(dir.resolve("built"));
    Files.createDirectories(dir.resolve("partner"));
    Files.writeString(
        dir.resolve("partner/recipe.json"),
        """
        {"name": "Partner update", "trigger": {"app": "schedule", "input": {"every": "1h"}},
         "steps": [{"id": "update", "app": "customer_properties", "action": "update_customer",
                    "input": {"customer_key": "acct_00001"}}]}
        """);
    Map<String, Object> partnerValues = new LinkedHashMap<>();
    partnerValues.put("base_url", demo.server.baseUrl());
    partnerValues.put("auth_type", "partner");
    partnerValues.put("partner_api_key", demo.server.partnerKeys().get("partner_jane"));
    vendor =
        studio(
            dir.resolve("samples"),
            Map.of(
                "customer_properties",
                EmbeddedMockServerProvider.connectionValues(demo.server, "customer_properties")
                    .orElseThrow()));
    partner = studio(dir.resolve("partner"), Map.of("customer_properties", partnerValues));
  }

  private static Studio studio(Path folder, Map<String, Map<String, Object>> connections) {
    AppRegistry apps =
        AppRegistry.load(
            BuiltinApps.create(new PrintWriter(new StringWriter()), Clock.systemUTC()));
    return Studio.start(
        folder,
        0,
        apps,
        new Connections(connections, Map.of(), List.of()),
        summary -> "Summary of '" + summary.recipe() + "': " + summary.outcome());
  }

  @AfterAll
  static void stop() {
    vendor.close();
    partner.close();
    demo.close();
  }

  @AfterEach
  void noConsoleErrors(Browser browser) {
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void buildsTheCrmExportSampleByDragging_andItRunsLikeTheSample(Browser browser) throws Exception {
    Path folder = dir.resolve("samples/crm-export-to-customer-properties");
    Files.createDirectories(folder);
    Files.copy(
        dir.resolve("samples/crm-export-to-customers/companies.csv"),
        folder.resolve("companies.csv"));
    browser.open(vendor.url());
    browser.find(By.id("new-name")).sendKeys("CRM export to customer properties");
    new Select(browser.find(By.id("new-trigger"))).selectByValue("schedule.tick");
    browser.find(By.cssSelector(".new-recipe button[type=submit]")).click();
    type(browser, browser.waitFor(By.id("f-trigger-input-every")), "1h");

    drag(browser, action(browser, "csv.read"), browser.find(By.cssSelector(".drop-end")));
    replace(browser, browser.waitFor(By.id("f-steps.0-id")), "export");
    WebElement path = browser.find(By.id("f-steps-0-input-path"));
    drag(browser, pill(browser, "{{recipe.dir}}"), path);
    type(browser, path, "/companies.csv");
    browser.find(By.id("f-steps-0-input-skip_empty")).click();
    settle(browser);

    drag(
        browser,
        action(browser, "customer_properties.batch_upsert_customers"),
        browser.find(By.cssSelector(".drop-end")));
    replace(browser, browser.waitFor(By.id("f-steps.1-id")), "upsert");
    browser.driver().navigate().refresh();
    WebElement forEach = browser.waitFor(By.id("f-steps.1-for_each"));
    drag(browser, pill(browser, "{{steps.export.rows}}"), forEach);
    type(browser, browser.find(By.id("f-steps.1-batch_size")), "100");
    new Select(browser.find(By.id("f-steps.1-on_error"))).selectByValue("continue");
    settle(browser);
    browser.driver().navigate().refresh();
    WebElement records = browser.waitFor(By.id("f-steps-1-input-records"));
    records.click();
    assertThat(browser.find(By.cssSelector(".pill-group[data-loop='1']")).isDisplayed()).isTrue();
    drag(browser, pill(browser, "{{item}}"), records);
    new Select(browser.find(By.id("f-steps-1-input-match_by"))).selectByValue("customer_key");
    type(browser, browser.find(By.id("f-steps-1-input-partner_key")), "partner_jane");
    type(
        browser,
        browser.find(By.id("f-steps-1-input-mapping")),
        "{\"Phone Number\": \"phone\", \"Country/Region\": \"country\","
            + " \"State/Region\": \"region\", \"Website URL\": \"website\"}");
    settle(browser);
    assertThat(
            browser
                .find(By.cssSelector("[data-chips-for='f-steps-1-input-records'] .chip"))
                .getText())
        .isEqualTo("item");
    browser.find(By.id("save")).click();
    browser.waitFor(By.id("saved"));
    browser.screenshot(Path.of("target", "studio-editor.png"));

    Path saved = folder.resolve("recipe.json");
    Map<String, Object> built = Json.parseObject(Files.readString(saved));
    Map<String, Object> sample =
        Json.parseObject(Files.readString(dir.resolve("samples/" + SAMPLE)));
    sample.remove("description");
    assertThat(built).isEqualTo(sample);

    RecipeCli fromSample =
        RecipeCli.run(
            List.of(new EmbeddedMockServerProvider()),
            "run",
            dir.resolve("samples/" + SAMPLE).toString(),
            "--once",
            "--state",
            state.resolve("a").toString());
    RecipeCli fromStudio =
        RecipeCli.run(
            List.of(new EmbeddedMockServerProvider()),
            "run",
            saved.toString(),
            "--once",
            "--state",
            state.resolve("b").toString());
    assertThat(fromStudio.exitCode()).isEqualTo(fromSample.exitCode()).isZero();
    assertThat(summary(fromStudio.out())).isEqualTo(summary(fromSample.out())).contains("created");
  }

  @Test
  void partnerConnection_hidesWhatThePartnerMayNotEdit(Browser browser) {
    browser.open(partner.url() + "edit?r=recipe.json");
    browser.waitFor(By.id("f-steps-0-input-meta-industry"));
    assertThat(browser.findAll(By.id("f-steps-0-input-meta-phone"))).isEmpty();
    assertThat(browser.findAll(By.id("f-steps-0-input-meta-mrr"))).isEmpty();
    assertThat(browser.findAll(By.id("f-steps-0-input-meta-billing_email"))).isEmpty();

    browser.open(vendor.url());
    String vendorPage = vendorUpdateCustomerPage(browser);
    assertThat(vendorPage)
        .contains("f-steps-0-input-meta-phone")
        .contains("f-steps-0-input-meta-mrr")
        .contains("f-steps-0-input-meta-billing_email");
    assertThat(dir.resolve("samples/vendor-update")).doesNotExist();
  }

  @Test
  void refreshFields_showsAPropertyAddedOnTheServer(Browser browser) {
    browser.open(partner.url() + "edit?r=recipe.json");
    browser.waitFor(By.id("f-steps-0-input-meta-industry"));
    assertThat(browser.findAll(By.id("f-steps-0-input-meta-loyalty_tier"))).isEmpty();
    demo.createProperty(
        Map.of(
            "api_name", "loyalty_tier",
            "label", "Loyalty Tier",
            "type", "input",
            "access", "editable"));
    browser.find(By.cssSelector("#step-1 .refresh")).click();
    WebElement added = browser.waitFor(By.id("f-steps-0-input-meta-loyalty_tier"));
    assertThat(
            browser
                .find(By.cssSelector("label[for='f-steps-0-input-meta-loyalty_tier']"))
                .getText())
        .startsWith("Loyalty Tier");
    assertThat(added.getAttribute("data-path")).isEqualTo("steps.0.input.meta.loyalty_tier");
  }

  private String vendorUpdateCustomerPage(Browser browser) {
    browser.find(By.id("new-name")).sendKeys("Vendor update");
    new Select(browser.find(By.id("new-trigger"))).selectByValue("schedule.tick");
    browser.find(By.cssSelector(".new-recipe button[type=submit]")).click();
    browser.waitFor(By.cssSelector(".drop-end"));
    action(browser, "customer_properties.update_customer").click();
    browser.waitFor(By.id("f-steps-0-input-meta-industry"));
    String page = browser.driver().getPageSource();
    browser.find(By.id("revert")).click();
    return page;
  }

  @Test
  void validationError_appearsBesideItsField(Browser browser) {
    browser.open(vendor.url() + "edit?r=" + encode(SAMPLE));
    WebElement forEach = browser.waitFor(By.id("f-steps.1-for_each"));
    replace(browser, forEach, "{{steps.nope.rows}}");
    WebElement problem =
        browser.waitFor(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-problem-for='steps.1.for_each']")));
    assertThat(problem.getText())
        .contains("pill {{steps.nope.rows}} points to unknown step 'nope'");
    assertThat(browser.find(By.id("unsaved")).isDisplayed()).isTrue();
    browser.find(By.id("revert")).click();
    browser.waitFor(By.id("f-steps.1-for_each"));
    assertThat(browser.find(By.id("f-steps.1-for_each")).getAttribute("value"))
        .isEqualTo("{{steps.export.rows}}");
  }

  @Test
  void testStep_showsTypedOutput(Browser browser) {
    browser.open(vendor.url() + "edit?r=" + encode(SAMPLE));
    browser.waitFor(By.cssSelector("#step-1 .test-step")).click();
    WebElement output = browser.waitFor(By.cssSelector("#test-0 .tree"));
    assertThat(output.getText())
        .contains("rows list")
        .contains("Company name text Driftwood Studios");
    browser.waitFor(By.cssSelector("#step-2 .test-step")).click();
    WebElement upsert = browser.waitFor(By.cssSelector("#test-1 .tree"));
    assertThat(upsert.getText()).contains("total number 20").contains("unmapped_columns list");
  }

  @Test
  void autoMap_fillsTheMappingFromTheCsvHeader_andListsTheUnmappedColumns(Browser browser) {
    browser.open(vendor.url() + "edit?r=" + encode(SAMPLE));
    browser.waitFor(By.cssSelector("#step-2 .automap-button")).click();
    browser.waitFor(By.cssSelector("#automap-result-1 .automap-unmapped li"));
    settle(browser);

    assertThat(
            browser.findAll(By.cssSelector("#automap-result-1 .automap-unmapped li")).stream()
                .map(WebElement::getText)
                .toList())
        .containsExactly("Record ID", "Company Domain Name");
    assertThat(browser.find(By.cssSelector("#automap-result-1 .automap-summary")).getText())
        .isEqualTo("Mapped 14 of 16 columns from the header of the file step 1 reads.");
    Map<String, Object> mapping =
        Json.parseObject(browser.find(By.id("f-steps-1-input-mapping")).getAttribute("value"));
    assertThat(mapping)
        .containsEntry("Phone Number", "phone")
        .containsEntry("Customer Key", "customer_key")
        .containsEntry("Subscription Plan", "meta.subscription_plan")
        .hasSize(14);
    assertThat(browser.find(By.id("unsaved")).isDisplayed()).isTrue();
    assertThat(browser.driver().getPageSource()).doesNotContain(demo.server.secretKey());

    browser.find(By.id("revert")).click();
    browser.waitFor(By.id("f-steps-1-input-mapping"));
  }

  @Test
  void runOnce_showsProgressAndTheSummary_andKeepsTheJobHistory(Browser browser) {
    browser.open(vendor.url() + "edit?r=" + encode("csv-to-log/recipe.json"));
    browser.waitFor(By.id("run-once")).click();
    WebElement summary = browser.waitFor(By.id("run-summary"));
    assertThat(summary.getText()).isEqualTo("Summary of 'CSV to log': OK");
    assertThat(browser.find(By.cssSelector("#run-live .outcome")).getText()).isEqualTo("ok");
    browser.driver().navigate().refresh();
    WebElement history = browser.waitFor(By.cssSelector("table.history tbody tr"));
    assertThat(history.getText()).contains("ok").contains("read 4").contains("failed 0");
  }

  @Test
  void pillsCanBePickedWithTheKeyboard(Browser browser) {
    browser.open(vendor.url() + "edit?r=" + encode("csv-to-log/recipe.json"));
    WebElement message = browser.waitFor(By.id("f-steps-1-input-message"));
    message.click();
    message.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "Row: ");
    WebElement pill = pill(browser, "{{recipe.name}}");
    pill.sendKeys(Keys.ENTER);
    settle(browser);
    assertThat(message.getAttribute("value")).isEqualTo("Row: {{recipe.name}}");
    assertThat(browser.driver().switchTo().activeElement()).isEqualTo(message);
    assertThat(
            browser
                .find(By.cssSelector("[data-chips-for='f-steps-1-input-message'] .chip"))
                .getText())
        .isEqualTo("recipe.name");
    browser.find(By.id("revert")).click();
    browser.waitFor(By.id("f-steps-1-input-message"));
  }

  @Test
  void everySample_opensEditsAndSaves(Browser browser) throws Exception {
    for (String sample : samples()) {
      Path file = dir.resolve("samples").resolve(sample);
      String before = Files.readString(file);
      browser.open(vendor.url() + "edit?r=" + encode(sample));
      WebElement description = browser.waitFor(By.id("f-description"));
      replace(browser, description, "Edited in the studio.");
      browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("unsaved")));
      browser.find(By.id("save")).click();
      browser.waitFor(By.id("saved"));
      Map<String, Object> expected = Json.parseObject(before);
      expected.put("description", "Edited in the studio.");
      assertThat(Json.compact(Json.parseObject(Files.readString(file))))
          .as(sample)
          .isEqualTo(Json.compact(expected));
      Files.writeString(file, before);
    }
  }

  private static String summary(String out) {
    return out.substring(out.indexOf("Summary of"))
        .lines()
        .filter(line -> !line.startsWith("  time") && !line.startsWith("  rate"))
        .reduce("", (a, b) -> a + b + "\n");
  }

  private static WebElement action(Browser browser, String action) {
    return browser.waitFor(By.cssSelector(".action-chip[data-action='" + action + "']"));
  }

  private static WebElement pill(Browser browser, String pill) {
    return browser.waitFor(By.cssSelector(".pill[data-pill='" + pill + "']"));
  }

  private static void drag(Browser browser, WebElement source, WebElement target) {
    ((JavascriptExecutor) browser.driver()).executeScript(DRAG, source, target);
  }

  private static void type(Browser browser, WebElement input, String text) {
    input.click();
    input.sendKeys(Keys.END, text, Keys.TAB);
    settle(browser);
  }

  private static void replace(Browser browser, WebElement input, String text) {
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    settle(browser);
  }

  /** Waits until the field edits sent so far were answered. */
  private static void settle(Browser browser) {
    browser.waitFor(By.cssSelector("body[data-pending='0']"));
  }

  private static List<String> samples() throws IOException {
    try (Stream<Path> files = Files.walk(dir.resolve("samples"), 2)) {
      return files
          .filter(f -> f.getFileName().toString().equals("recipe.json"))
          .map(f -> dir.resolve("samples").relativize(f).toString().replace('\\', '/'))
          .filter(f -> !f.startsWith("crm-export-to-customer-properties"))
          .sorted()
          .toList();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
