package dev.cprops.mock.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.cprops.mock.MockServer;
import dev.cprops.mock.browser.Browser;
import dev.cprops.mock.browser.BrowserExtension;
import dev.cprops.mock.store.CustomerPropertiesStore;
import dev.cprops.mock.store.PropertyAccess;
import dev.cprops.mock.values.ApiNames;
import dev.cprops.mock.values.PropertyType;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The portal in a real browser (headless Chromium), against the mock server on a random port: every
 * change is made by clicking and typing, and checked through the HTTP API.
 */
@ExtendWith(BrowserExtension.class)
class PortalBrowserIT {
  private static MockServer server;
  private static ApiClient api;
  private static CustomerPropertiesStore store;

  private final List<String> expectedConsoleErrors = new ArrayList<>();
  private Browser browser;

  @BeforeAll
  static void startServer() {
    server =
        MockServer.builder()
            .customers(30)
            .webhookBackoff(Duration.ofMillis(100))
            .webhookTimeout(Duration.ofSeconds(2))
            .build()
            .start();
    api = new ApiClient(server);
    store = server.store();
    for (PropertyType type : PropertyType.values()) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("label", "Value " + type.apiName());
      body.put("api_name", "v_" + type.apiName());
      body.put("type", type.apiName());
      body.put("access", "editable");
      if (type == PropertyType.DROPDOWN) {
        body.put(
            "options",
            List.of(
                Map.of("label", "Gold", "value", "gold"),
                Map.of("label", "Silver", "value", "silver")));
      }
      if (type == PropertyType.CURRENCY) {
        body.put("currency", "EUR");
      }
      store.createProperty(body);
    }
    for (PropertyAccess access : PropertyAccess.values()) {
      store.createProperty(
          Map.of(
              "label",
              "Level " + access.apiName(),
              "api_name",
              "level_" + access.apiName(),
              "type",
              "input",
              "access",
              access.apiName()));
    }
    store.createCustomer(
        Map.of(
            "email", "values@example.com",
            "name", "Values Ltd",
            "customer_key", "portal_values",
            "partner_key", "partner_jane"));
    Map<String, Object> levels = new LinkedHashMap<>();
    for (PropertyAccess access : PropertyAccess.values()) {
      levels.put("level_" + access.apiName(), "value-of-" + access.apiName());
    }
    store.createCustomer(
        Map.of(
            "email", "levels@example.com",
            "name", "Levels Ltd",
            "customer_key", "portal_levels",
            "partner_key", "partner_jane",
            "meta", levels));
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @BeforeEach
  void freshSession(Browser browser) {
    this.browser = browser;
    browser.resize(Browser.DESKTOP);
    browser.open(server.portalUrl());
    browser.driver().manage().deleteAllCookies();
    browser.consoleErrors();
  }

  @AfterEach
  void noConsoleErrors() {
    List<String> errors = new ArrayList<>(browser.consoleErrors());
    errors.removeIf(e -> expectedConsoleErrors.stream().anyMatch(e::contains));
    assertThat(errors).as("errors in the browser console").isEmpty();
  }

  @Test
  void createsAPropertyOfEachTypeThroughTheDrawer() {
    signInAs("vendor");
    PropertyAccess[] levels = PropertyAccess.values();
    int i = 0;
    for (PropertyType type : PropertyType.values()) {
      PropertyAccess access = levels[i++ % levels.length];
      String label = "Drawer " + Catalog.type(type).label();
      browser.open(server.rootUrl() + PropertyPages.PATH);
      browser.find(By.id("add-property")).click();
      WebElement labelInput =
          browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("prop-label")));
      assertThat(browser.find(By.id("drawer-title")).getText()).isEqualTo("New customer property");
      labelInput.sendKeys(label);
      new Select(browser.find(By.id("prop-type"))).selectByValue(type.apiName());
      browser.waitFor(
          ExpectedConditions.textToBe(By.id("type-description"), Catalog.type(type).description()));
      if (type == PropertyType.DROPDOWN) {
        browser.find(By.id("prop-options")).sendKeys("Gold\nSilver tier | silver");
      }
      if (type == PropertyType.CURRENCY) {
        new Select(browser.find(By.id("prop-currency"))).selectByValue("EUR");
      }
      browser.find(By.cssSelector("label[for='access-" + access.apiName() + "']")).click();
      browser.find(By.id("property-submit")).click();
      browser.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "created"));

      String apiName = ApiNames.fromLabel(label);
      Map<String, Object> created = api.get("/customer-properties/" + apiName);
      assertThat(created).containsEntry("label", label).containsEntry("type", type.apiName());
      assertThat(created).containsEntry("access", access.apiName());
      if (type == PropertyType.DROPDOWN) {
        assertThat(created.get("options"))
            .isEqualTo(
                List.of(
                    Map.of("label", "Gold", "value", "gold"),
                    Map.of("label", "Silver tier", "value", "silver")));
      }
      if (type == PropertyType.CURRENCY) {
        assertThat(created).containsEntry("currency", "EUR");
      }
      assertThat(browser.find(By.cssSelector("tr[data-api-name='" + apiName + "']")).getText())
          .contains(label, Catalog.type(type).label(), Catalog.access(access).label());
    }
  }

  @Test
  void editsArchivesAndRestoresAProperty() {
    store.createProperty(Map.of("label", "Tier", "api_name", "edit_me", "type", "input"));
    signInAs("vendor");
    browser.open(server.rootUrl() + PropertyPages.PATH + "?q=edit_me");
    browser.find(By.cssSelector("tr[data-api-name='edit_me'] a[aria-label='Edit Tier']")).click();
    WebElement label =
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("prop-label")));
    assertThat(browser.find(By.id("drawer-title")).getText()).isEqualTo("Edit customer property");
    label.clear();
    label.sendKeys("Plan tier");
    browser.find(By.cssSelector("label[for='access-read_only']")).click();
    browser.find(By.id("property-submit")).click();
    browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "saved"));
    assertThat(api.get("/customer-properties/edit_me"))
        .containsEntry("label", "Plan tier")
        .containsEntry("access", "read_only");

    browser.open(server.rootUrl() + PropertyPages.PATH + "?q=edit_me");
    browser.find(By.cssSelector("button[aria-label='Archive Plan tier']")).click();
    browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "archived"));
    assertThat(api.get("/customer-properties/edit_me")).containsEntry("archived", true);
    assertThat(browser.findAll(By.cssSelector("tr[data-api-name='edit_me']"))).isEmpty();

    browser.open(server.rootUrl() + PropertyPages.PATH + "?q=edit_me&archived=1");
    browser.find(By.cssSelector("button[aria-label='Restore Plan tier']")).click();
    browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "restored"));
    assertThat(api.get("/customer-properties/edit_me")).containsEntry("archived", false);
  }

  @Test
  void setsAValueOfEachTypeAsTheVendorAndTheApiReadsThemBack() {
    signInAs("vendor");
    browser.open(server.rootUrl() + CustomerPages.PATH + "/portal_values");
    assertThat(browser.find(By.id("details-title")).getText()).isEqualTo("Details");
    type("v_input", "Blue plan");
    type("v_email", "ana@example.com");
    type("v_textarea", "Line one\nLine two");
    new Select(browser.find(By.id("meta-v_dropdown"))).selectByVisibleText("Silver");
    browser.find(By.id("meta-v_checkbox")).click();
    new Select(browser.find(By.id("meta-v_country"))).selectByVisibleText("Germany");
    type("v_region", "Bavaria");
    typeDate("v_date", "2024-03-15");
    type("v_currency", "1200.5");
    type("v_number", "42.5");
    type("v_url", "https://example.com/acme");
    type("v_phone", "+14155550100");
    browser.find(By.id("save-details")).click();
    browser.waitFor(
        ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Saved 12 changes"));

    @SuppressWarnings("unchecked")
    Map<String, Object> meta =
        (Map<String, Object>) api.get("/customers/portal_values").get("meta");
    assertThat(meta)
        .containsEntry("v_input", "Blue plan")
        .containsEntry("v_email", "ana@example.com")
        .containsEntry("v_textarea", "Line one\nLine two")
        .containsEntry("v_dropdown", "silver")
        .containsEntry("v_checkbox", true)
        .containsEntry("v_country", "Germany")
        .containsEntry("v_region", "Bavaria")
        .containsEntry("v_date", "2024-03-15")
        .containsEntry("v_currency", "1200.50")
        .containsEntry("v_url", "https://example.com/acme")
        .containsEntry("v_phone", "+14155550100");
    assertThat(new BigDecimal(meta.get("v_number").toString())).isEqualByComparingTo("42.5");

    // The page shows the stored values again, canonical as the API returns them.
    assertThat(browser.find(By.id("meta-v_currency")).getAttribute("value")).isEqualTo("1200.50");
    assertThat(browser.find(By.id("meta-v_checkbox")).isSelected()).isTrue();
    assertThat(new Select(browser.find(By.id("meta-v_country"))).getFirstSelectedOption().getText())
        .isEqualTo("Germany");
    assertThat(browser.find(By.cssSelector("[data-api-name='v_currency'] .prefix")).getText())
        .isEqualTo("EUR");

    // Saving again without a change changes nothing.
    Object updatedAt = api.get("/customers/portal_values").get("updated_at");
    browser.find(By.id("save-details")).click();
    browser.waitFor(
        ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "No changes"));
    assertThat(api.get("/customers/portal_values").get("updated_at")).isEqualTo(updatedAt);
  }

  @Test
  void aPartnerSeesEditableAsInputsReadOnlyAsTextAndNoHiddenProperty() {
    signInAs("partner_jane");
    browser.open(server.rootUrl() + CustomerPages.PATH + "/portal_levels");
    WebElement editable = browser.find(By.id("meta-level_editable"));
    assertThat(editable.getTagName()).isEqualTo("input");
    assertThat(editable.getAttribute("value")).isEqualTo("value-of-editable");
    WebElement readOnly = browser.find(By.id("meta-level_read_only"));
    assertThat(readOnly.getTagName()).isEqualTo("p");
    assertThat(readOnly.getText()).isEqualTo("value-of-read_only");
    assertThat(browser.findAll(By.cssSelector("input[name='meta.level_read_only']"))).isEmpty();
    String html = browser.driver().getPageSource();
    for (String absent :
        List.of(
            "level_hidden",
            "Level hidden",
            "value-of-hidden",
            "level_hidden_everywhere",
            "value-of-hidden_everywhere")) {
      assertThat(html).as("the partner's page").doesNotContain(absent);
    }

    WebElement input = browser.find(By.id("meta-level_editable"));
    input.clear();
    input.sendKeys("changed by the partner");
    browser.find(By.id("save-details")).click();
    browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Saved 1"));
    assertThat(api.get("/customers/portal_levels").get("meta"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("level_editable", "changed by the partner");

    // The vendor sees editable, read-only and hidden ones, but never hidden_everywhere.
    signInAs("vendor");
    browser.open(server.rootUrl() + CustomerPages.PATH + "/portal_levels");
    for (String shown : List.of("level_editable", "level_read_only", "level_hidden")) {
      assertThat(browser.find(By.id("meta-" + shown)).getTagName()).isEqualTo("input");
    }
    assertThat(browser.find(By.id("meta-level_hidden")).getAttribute("value"))
        .isEqualTo("value-of-hidden");
    assertThat(browser.driver().getPageSource())
        .doesNotContain("level_hidden_everywhere")
        .doesNotContain("value-of-hidden_everywhere");
  }

  @Test
  void showsTheApisValidationErrorsBesideTheirFields() {
    signInAs("vendor");
    browser.open(server.rootUrl() + CustomerPages.PATH + "/portal_values");
    Object before = api.get("/customers/portal_values").get("meta");
    type("v_email", "not-an-email");
    type("v_region", "Somewhere new");
    browser.find(By.id("save-details")).click();
    WebElement error = browser.waitFor(By.id("meta-v_email-error"));
    assertThat(error.getText()).contains("not-an-email");
    assertThat(browser.find(By.cssSelector("[data-api-name='v_email']")).getText())
        .contains(error.getText());
    assertThat(browser.find(By.id("meta-v_email")).getAttribute("value")).isEqualTo("not-an-email");
    assertThat(browser.find(By.id("meta-v_email")).getAttribute("aria-describedby"))
        .contains("meta-v_email-error");
    assertThat(api.get("/customers/portal_values").get("meta"))
        .as("a rejected save changes nothing")
        .isEqualTo(before);

    // The drawer: a drop-down needs options; the error stands beside the options.
    browser.open(server.rootUrl() + PropertyPages.PATH);
    browser.find(By.id("add-property")).click();
    browser
        .waitFor(ExpectedConditions.elementToBeClickable(By.id("prop-label")))
        .sendKeys("No options");
    new Select(browser.find(By.id("prop-type"))).selectByValue("dropdown");
    browser.waitFor(By.id("prop-options"));
    browser.find(By.id("property-submit")).click();
    assertThat(browser.waitFor(By.id("prop-options-error")).getText()).contains("options");
    assertThat(browser.find(By.id("prop-label")).getAttribute("value")).isEqualTo("No options");
    // A duplicate api_name: the conflict stands beside the API name.
    WebElement apiName = browser.find(By.id("prop-api-name"));
    apiName.sendKeys("v_input");
    browser.find(By.id("prop-options")).sendKeys("One");
    browser.find(By.id("property-submit")).click();
    assertThat(browser.waitFor(By.id("prop-api-name-error")).getText()).contains("v_input");
  }

  @Test
  void aWebhookDeliveryAppearsLive() throws IOException {
    List<String> received = new CopyOnWriteArrayList<>();
    HttpServer receiver =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/hooks",
        exchange -> {
          received.add(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    try {
      signInAs("vendor");
      browser.open(server.rootUrl() + DeveloperPages.PATH + "/webhooks");
      browser
          .find(By.id("webhook-target"))
          .sendKeys("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks");
      browser.find(By.id("webhook-submit")).click();
      browser.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "created"));
      String webhookPage = browser.driver().getCurrentUrl();
      assertThat(browser.find(By.id("deliveries-table")).getText()).contains("No deliveries yet");

      // A change made in the portal emits the API's event.
      browser.open(server.rootUrl() + CustomerPages.PATH + "/portal_values");
      type("v_region", "Changed in the portal");
      browser.find(By.id("save-details")).click();
      browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Saved"));
      browser.open(webhookPage);
      browser.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("deliveries-table"), "customer.updated"));
      assertThat(browser.find(By.cssSelector(".delivery-delivered")).getText())
          .contains("HTTP 204");
      assertThat(received).anySatisfy(body -> assertThat(body).contains("Changed in the portal"));

      // A change through the API shows up on the open page without a reload.
      int rows = browser.findAll(By.cssSelector(".delivery")).size();
      api.patch("/customers/portal_values", Map.of("meta", Map.of("v_region", "Changed via API")));
      browser.waitFor(d -> d.findElements(By.cssSelector(".delivery")).size() > rows);
      assertThat(browser.driver().getCurrentUrl()).isEqualTo(webhookPage);
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void aPartnerCannotOpenAVendorPage() throws Exception {
    signInAs("partner_jane");
    assertThat(browser.findAll(By.linkText("Developer"))).isEmpty();
    expectedConsoleErrors.add("status of 403");
    for (String page : List.of(PropertyPages.PATH, DeveloperPages.PATH + "/webhooks")) {
      browser.open(server.rootUrl() + page);
      assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("You cannot open this page");
      Cookie session = browser.driver().manage().getCookieNamed(Sessions.COOKIE);
      assertThat(session.isHttpOnly()).isTrue();
      assertThat(session.getSameSite()).isEqualTo("Strict");
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server.rootUrl() + page))
                      .header("Cookie", Sessions.COOKIE + "=" + session.getValue())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.body()).contains("You cannot open this page");
    }
    // Another partner's customer is not found either.
    String rajCustomer =
        store
            .createCustomer(Map.of("email", "raj-only@example.com", "partner_key", "partner_raj"))
            .key();
    expectedConsoleErrors.add("status of 404");
    browser.open(server.rootUrl() + CustomerPages.PATH + "/" + rajCustomer);
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Customer not found");
  }

  @Test
  void aLabelHoldingMarkupIsShownAsText() {
    String markup = "<script>window.__injected=1</script><b>bold</b>";
    signInAs("vendor");
    browser.open(server.rootUrl() + PropertyPages.PATH);
    browser.find(By.id("add-property")).click();
    browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("prop-label"))).sendKeys(markup);
    browser.find(By.id("prop-api-name")).sendKeys("markup_label");
    browser.find(By.id("property-submit")).click();
    browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "created"));
    assertThat(browser.find(By.id("flash")).getText()).contains(markup);
    WebElement cell = browser.find(By.cssSelector("tr[data-api-name='markup_label'] td"));
    assertThat(cell.getText()).isEqualTo(markup);
    assertThat(cell.findElements(By.tagName("b"))).isEmpty();
    browser.open(server.rootUrl() + CustomerPages.PATH + "/portal_values");
    assertThat(browser.find(By.cssSelector("label[for='meta-markup_label']")).getText())
        .isEqualTo(markup);
    assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__injected"))
        .isNull();
    store.archiveProperty("markup_label");
  }

  @Test
  void theKeyboardOpensAndClosesTheDrawerWithAVisibleFocus() {
    signInAs("vendor");
    browser.open(server.rootUrl() + PropertyPages.PATH);
    WebElement add = browser.find(By.id("add-property"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus()", add);
    String outline =
        (String)
            ((JavascriptExecutor) browser.driver())
                .executeScript("return getComputedStyle(document.activeElement).outlineStyle");
    assertThat(outline).isNotEqualTo("none");
    add.sendKeys(Keys.ENTER);
    WebElement label =
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("prop-label")));
    browser.waitFor(d -> label.equals(d.switchTo().activeElement()));
    // Tab stays inside the open drawer: back from its first control to its last.
    label.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
    assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
        .isEqualTo("drawer-close");
    browser.driver().switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
    assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
        .isEqualTo("property-submit");
    browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
    browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("prop-label")));
    // Every input of the drawer and of a customer's details has a label.
    browser.open(server.rootUrl() + CustomerPages.PATH + "/portal_values");
    for (WebElement input :
        browser.findAll(
            By.cssSelector(
                "#details-form input:not([type=hidden]), #details-form select, #details-form textarea"))) {
      String id = input.getAttribute("id");
      assertThat(browser.findAll(By.cssSelector("label[for='" + id + "']")))
          .as("label of " + id)
          .isNotEmpty();
    }
  }

  @Test
  void signsInWithKeysAndOut() {
    browser.open(server.rootUrl() + SignInPages.PATH);
    expectedConsoleErrors.add("status of 401");
    browser.find(By.id("public_key")).sendKeys(server.publicKey());
    browser.find(By.id("secret_key")).sendKeys("wrong");
    browser.find(By.id("vendor-sign-in")).click();
    assertThat(browser.waitFor(By.id("sign-in-error")).getText()).contains("not valid");
    assertThat(browser.driver().getPageSource()).doesNotContain(server.secretKey());
    browser.find(By.id("secret_key")).sendKeys(server.secretKey());
    browser.find(By.id("vendor-sign-in")).click();
    browser.waitFor(ExpectedConditions.urlContains(CustomerPages.PATH));
    assertThat(browser.find(By.id("who")).getText()).isEqualTo("Vendor");
    assertThat(browser.driver().getPageSource())
        .doesNotContain(server.secretKey())
        .doesNotContain(server.partnerKeys().get("partner_jane"));
    browser.find(By.xpath("//button[text()='Sign out']")).click();
    browser.waitFor(ExpectedConditions.urlContains(SignInPages.PATH));

    browser.find(By.id("partner_api_key")).sendKeys(server.partnerKeys().get("partner_raj"));
    browser.find(By.id("partner-sign-in")).click();
    browser.waitFor(ExpectedConditions.urlContains(CustomerPages.PATH));
    assertThat(browser.find(By.id("who")).getText()).isEqualTo("Partner partner_raj");
    List<WebElement> partnerCells = browser.findAll(By.cssSelector("#customers-table tbody tr"));
    assertThat(partnerCells).isNotEmpty();
  }

  @Test
  void searchesAndPagesThroughCustomers() {
    signInAs("vendor");
    browser.open(server.rootUrl() + CustomerPages.PATH);
    assertThat(browser.findAll(By.cssSelector("#customers-table tbody tr")))
        .hasSize(CustomerPages.PAGE_SIZE);
    browser.find(By.id("next-page")).click();
    browser.waitFor(ExpectedConditions.urlContains("after="));
    assertThat(browser.findAll(By.cssSelector("#customers-table tbody tr"))).isNotEmpty();
    browser.find(By.id("previous-page")).click();
    browser.waitFor(ExpectedConditions.urlContains("before="));
    assertThat(browser.findAll(By.cssSelector("#customers-table tbody tr")))
        .hasSize(CustomerPages.PAGE_SIZE);

    WebElement search = browser.find(By.id("customer-search"));
    search.sendKeys("LEVELS ltd");
    search.sendKeys(Keys.ENTER);
    browser.waitFor(ExpectedConditions.urlContains("q="));
    List<WebElement> rows = browser.findAll(By.cssSelector("#customers-table tbody tr"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getText()).contains("levels@example.com", "portal_levels");
    rows.get(0).findElement(By.linkText("Levels Ltd")).click();
    browser.waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Levels Ltd"));
  }

  private void signInAs(String account) {
    browser.driver().manage().deleteAllCookies();
    browser.open(server.rootUrl() + SignInPages.PATH);
    browser.find(By.id("demo-" + account)).click();
    browser.waitFor(ExpectedConditions.urlContains(CustomerPages.PATH));
  }

  private void type(String apiName, String text) {
    WebElement input = browser.find(By.id("meta-" + apiName));
    input.clear();
    input.sendKeys(text);
  }

  /** Types a date as a person does into Chromium's en-US date picker: month, day, year. */
  private void typeDate(String apiName, String isoDate) {
    WebElement input = browser.find(By.id("meta-" + apiName));
    String[] parts = isoDate.split("-");
    input.sendKeys(parts[1] + parts[2] + parts[0]);
    assertThat(input.getAttribute("value")).as("the date picker's value").isEqualTo(isoDate);
  }
}
