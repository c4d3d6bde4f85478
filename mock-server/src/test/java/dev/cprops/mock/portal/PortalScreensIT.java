package dev.cprops.mock.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.cprops.mock.MockServer;
import dev.cprops.mock.browser.Browser;
import dev.cprops.mock.browser.BrowserExtension;
import dev.cprops.mock.store.Customer;
import dev.cprops.mock.store.PageRequest;
import dev.cprops.mock.store.SortOrder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A tour of the portal's main screens over the demo data, at 1280 px and at phone width: no page
 * logs a console error or scrolls sideways. Each screen is saved as a PNG under {@code
 * target/portal-screens}; with {@code -Dportal.screenshots.dir=../docs} also there (how the
 * README's screenshots are made).
 */
@ExtendWith(BrowserExtension.class)
class PortalScreensIT {
  private static MockServer server;
  private static HttpServer receiver;

  @BeforeAll
  static void start() throws IOException {
    server = MockServer.builder().customers(120).webhookBackoff(Duration.ofMillis(200)).build();
    server.start();
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AtomicInteger requests = new AtomicInteger();
    receiver.createContext(
        "/hooks",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          // The first delivery fails once, so the screen shows a retry.
          exchange.sendResponseHeaders(requests.incrementAndGet() == 1 ? 503 : 200, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterAll
  static void stop() {
    receiver.stop(0);
    server.stop();
  }

  @Test
  void everyMainScreenRendersCleanlyAtDesktopAndPhoneWidth(Browser browser) throws Exception {
    String root = server.rootUrl();
    browser.resize(Browser.DESKTOP);
    browser.open(root + SignInPages.PATH);
    shoot(browser, "sign-in");

    browser.find(By.id("demo-vendor")).click();
    browser.waitFor(ExpectedConditions.urlContains(CustomerPages.PATH));
    shoot(browser, "customers");

    Customer customer =
        server
            .store()
            .listCustomers(
                dev.cprops.mock.store.CustomerFilter.NONE,
                PageRequest.first(1, SortOrder.CREATED_AT_DESC))
            .items()
            .get(0);
    browser.open(root + CustomerPages.PATH + "/" + customer.key());
    shoot(browser, "customer-vendor");

    browser.open(root + PropertyPages.PATH);
    shoot(browser, "properties");
    browser.find(By.id("add-property")).click();
    browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("prop-label"))).sendKeys("Plan");
    new org.openqa.selenium.support.ui.Select(browser.find(By.id("prop-type")))
        .selectByValue("dropdown");
    browser.waitFor(By.id("prop-options")).sendKeys("Starter\nGrowth\nEnterprise");
    shoot(browser, "property-drawer");

    server
        .webhooks()
        .create(
            Map.of(
                "target",
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks",
                "events",
                List.of("customer.created", "customer.updated")));
    String webhookKey =
        server.webhooks().list(PageRequest.first(1, SortOrder.CREATED_AT)).items().get(0).key();
    ApiClient api = new ApiClient(server);
    for (String plan : List.of("pro", "enterprise", "starter")) {
      api.patch("/customers/" + customer.key(), Map.of("meta", Map.of("subscription_plan", plan)));
    }
    browser.open(root + DeveloperPages.PATH + "/webhooks/" + webhookKey);
    browser.waitFor(d -> d.findElements(By.cssSelector(".delivery-delivered")).size() >= 3);
    shoot(browser, "webhook-deliveries");

    HttpClient http = HttpClient.newHttpClient();
    for (String path : List.of("/customers?limit=3", "/customer-properties", "/nope")) {
      http.send(
          HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
              .header(
                  "Authorization",
                  "Basic "
                      + java.util.Base64.getEncoder()
                          .encodeToString(
                              (server.publicKey() + ":" + server.secretKey()).getBytes()))
              .build(),
          HttpResponse.BodyHandlers.discarding());
    }
    browser.open(root + DeveloperPages.PATH + "/requests");
    browser.waitFor(
        ExpectedConditions.textToBePresentInElementLocated(By.id("requests-table"), "/nope"));
    shoot(browser, "request-log");
    browser.open(root + DeveloperPages.PATH + "/switches");
    shoot(browser, "switches");

    String partnerCustomer =
        server
            .store()
            .searchCustomers("partner_jane", "", PageRequest.first(1, SortOrder.CREATED_AT_DESC))
            .items()
            .get(0)
            .key();
    browser.driver().manage().deleteAllCookies();
    browser.open(root + SignInPages.PATH);
    browser.find(By.id("demo-partner_jane")).click();
    browser.waitFor(ExpectedConditions.urlContains(CustomerPages.PATH));
    browser.open(root + CustomerPages.PATH + "/" + partnerCustomer);
    shoot(browser, "customer-partner");

    browser.resize(Browser.PHONE);
    for (String path : List.of(CustomerPages.PATH, CustomerPages.PATH + "/" + partnerCustomer)) {
      browser.open(root + path);
      assertNoSidewaysScroll(browser, path);
    }
    shoot(browser, "customer-partner-phone");
    browser.driver().manage().deleteAllCookies();
    browser.open(root + SignInPages.PATH);
    browser.find(By.id("demo-vendor")).click();
    browser.waitFor(ExpectedConditions.urlContains(CustomerPages.PATH));
    for (String path :
        List.of(
            PropertyPages.PATH,
            CustomerPages.PATH + "/" + customer.key(),
            DeveloperPages.PATH + "/webhooks",
            DeveloperPages.PATH + "/switches")) {
      browser.open(root + path);
      assertNoSidewaysScroll(browser, path);
    }
    browser.resize(Browser.DESKTOP);
    assertThat(browser.consoleErrors()).as("errors in the browser console").isEmpty();
  }

  private static void assertNoSidewaysScroll(Browser browser, String path) {
    Object wide =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "const w = document.documentElement.clientWidth; const out = [];"
                    + " for (const e of document.querySelectorAll('body *')) {"
                    + "   const r = e.getBoundingClientRect();"
                    + "   if (r.right > w + 1 && !e.closest('.table-wrap')) {"
                    + "     out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + r.right); } }"
                    + " return out.slice(0, 5).join(', ');");
    assertThat(wide).as("elements wider than the screen on " + path).isEqualTo("");
    Object overflow =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth");
    assertThat(((Number) overflow).intValue())
        .as("sideways scroll on " + path)
        .isLessThanOrEqualTo(0);
  }

  private static void shoot(Browser browser, String name) {
    List<Path> targets = new ArrayList<>();
    targets.add(Path.of("target", "portal-screens", "portal-" + name + ".png"));
    String docs = System.getProperty("portal.screenshots.dir");
    if (docs != null && !docs.isBlank()) {
      targets.add(Path.of(docs, "portal-" + name + ".png"));
    }
    Dimension size = browser.driver().manage().window().getSize();
    assertThat(size.width).isPositive();
    for (Path target : targets) {
      browser.screenshot(target);
    }
  }
}
