package dev.cprops.mock.portal;

import dev.cprops.mock.chaos.ChaosSettings;
import dev.cprops.mock.chaos.ChaosStats;
import dev.cprops.mock.ratelimit.FixedWindowRateLimiter;
import dev.cprops.mock.store.PageRequest;
import dev.cprops.mock.store.SortOrder;
import dev.cprops.mock.store.StoreException;
import dev.cprops.mock.webhooks.DeliveryAttempt;
import dev.cprops.mock.webhooks.Webhook;
import dev.cprops.mock.webhooks.WebhookEventType;
import dev.cprops.mock.webhooks.WebhookStats;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The developer panels (vendor only): webhook subscriptions and their deliveries, the live request
 * log, the chaos and rate-limit switches, reset and re-seed. Live parts reload themselves (htmx)
 * when {@link PortalEvents} pushes an event saying they changed.
 */
final class DeveloperPages {
  static final String PATH = "/developer";
  private static final int DELIVERIES_SHOWN = 50;
  private static final int REQUESTS_SHOWN = 100;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final PortalBackend backend;
  private final RequestLog requestLog;
  private final Pages pages;

  DeveloperPages(PortalBackend backend, RequestLog requestLog, Pages pages) {
    this.backend = backend;
    this.requestLog = requestLog;
    this.pages = pages;
  }

  void register(PortalRouter router) {
    PortalRouter.Access vendor = PortalRouter.Access.VENDOR;
    router
        .add("GET", PATH, vendor, x -> PortalResponse.redirect(x.request(), PATH + "/webhooks"))
        .add("GET", PATH + "/webhooks", vendor, x -> webhooks(x, Map.of(), FieldErrors.none()))
        .add("POST", PATH + "/webhooks", vendor, this::createWebhook)
        .add("GET", PATH + "/webhooks/{key}", vendor, this::webhook)
        .add("GET", PATH + "/webhooks/{key}/deliveries", vendor, this::deliveriesFragment)
        .add("POST", PATH + "/webhooks/{key}/delete", vendor, this::deleteWebhook)
        .add("GET", PATH + "/requests", vendor, this::requests)
        .add("GET", PATH + "/requests/rows", vendor, this::requestRows)
        .add("GET", PATH + "/switches", vendor, x -> switches(x, FieldErrors.none()))
        .add("POST", PATH + "/chaos", vendor, this::setChaos)
        .add("POST", PATH + "/rate-limit", vendor, this::setRateLimit)
        .add("POST", PATH + "/reset", vendor, this::reset)
        .add("POST", PATH + "/reseed", vendor, this::reseed);
  }

  // ---- webhooks ----

  private PortalResponse webhooks(
      Exchange exchange, Map<String, String> typed, FieldErrors errors) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Webhook webhook :
        backend
            .webhooks()
            .list(PageRequest.first(PageRequest.MAX_LIMIT, SortOrder.CREATED_AT))
            .items()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("key", webhook.key());
      row.put("target", webhook.target());
      row.put(
          "events",
          webhook.events().stream()
              .map(WebhookEventType::apiName)
              .collect(Collectors.joining(", ")));
      row.put("created", DATE_TIME.format(Instant.ofEpochMilli(webhook.createdAt())));
      row.put("url", PATH + "/webhooks/" + CustomerPages.encode(webhook.key()));
      row.put("deleteUrl", PATH + "/webhooks/" + CustomerPages.encode(webhook.key()) + "/delete");
      rows.add(row);
    }
    WebhookStats stats = backend.webhooks().stats();
    Map<String, Object> model = Pages.model(exchange, "Webhooks", "developer");
    model.put("tab_webhooks", true);
    model.put("rows", rows);
    model.put("empty", rows.isEmpty());
    model.put("pending", stats.pending());
    model.put("succeeded", stats.succeeded());
    model.put("failed", stats.failed());
    model.put("target", typed.getOrDefault("target", ""));
    List<Map<String, Object>> events = new ArrayList<>();
    for (WebhookEventType type : WebhookEventType.values()) {
      boolean checked =
          !typed.containsKey("events") || typed.get("events").contains("|" + type.apiName() + "|");
      events.add(
          Map.of(
              "value",
              type.apiName(),
              "id",
              "event-" + type.apiName().replace('.', '-'),
              "checked",
              checked));
    }
    model.put("events", events);
    model.put("error_target", errors.forInput("target"));
    model.put("error_events", errors.forInput("events"));
    model.put("error_secret", errors.forInput("secret"));
    model.put("generalErrors", errors.general());
    return pages.page("webhooks", exchange, model);
  }

  private PortalResponse createWebhook(Exchange exchange) {
    PortalRequest request = exchange.request();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("target", request.formText("target").strip());
    body.put("events", new ArrayList<Object>(request.formValues("events")));
    String secret = request.formText("secret");
    if (!secret.isEmpty()) {
      body.put("secret", secret);
    }
    try {
      Webhook webhook = backend.webhooks().create(body);
      exchange
          .session()
          .flash(
              "Webhook created for "
                  + webhook.target()
                  + (secret.isEmpty()
                      ? ". Its signing secret was generated; it is never shown in the portal."
                      : ". Deliveries are signed with the secret you gave."));
      return PortalResponse.redirect(
          request, PATH + "/webhooks/" + CustomerPages.encode(webhook.key()));
    } catch (StoreException e) {
      Map<String, String> typed = new LinkedHashMap<>();
      typed.put("target", request.formText("target"));
      typed.put("events", "|" + String.join("|", request.formValues("events")) + "|");
      return webhooks(
          exchange,
          typed,
          FieldErrors.of(
              e,
              field ->
                  switch (field) {
                    case "target", "events", "secret" -> field;
                    default -> null;
                  }));
    }
  }

  private PortalResponse deleteWebhook(Exchange exchange) {
    try {
      Webhook deleted = backend.webhooks().delete(exchange.param("key"));
      exchange.session().flash("Webhook for " + deleted.target() + " deleted.");
    } catch (StoreException e) {
      exchange.session().flash("That webhook no longer exists.");
    }
    return PortalResponse.redirect(exchange.request(), PATH + "/webhooks");
  }

  private PortalResponse webhook(Exchange exchange) {
    Webhook webhook;
    try {
      webhook = backend.webhooks().get(exchange.param("key"));
    } catch (StoreException e) {
      return pages.error(exchange, 404, "Webhook not found", "There is no such webhook.");
    }
    Map<String, Object> model = Pages.model(exchange, "Webhook deliveries", "developer");
    model.put("tab_webhooks", true);
    model.put("key", webhook.key());
    model.put("target", webhook.target());
    model.put(
        "events",
        webhook.events().stream().map(WebhookEventType::apiName).collect(Collectors.joining(", ")));
    model.put("deleteUrl", PATH + "/webhooks/" + CustomerPages.encode(webhook.key()) + "/delete");
    model.put("deliveries", deliveriesModel(webhook.key()));
    return pages.page("webhook", exchange, model);
  }

  private PortalResponse deliveriesFragment(Exchange exchange) {
    try {
      backend.webhooks().get(exchange.param("key"));
    } catch (StoreException e) {
      return pages.fragment(
          "deliveries", Map.of("gone", true, "events", PortalEvents.PATH, "rows", List.of()));
    }
    return pages.fragment("deliveries", deliveriesModel(exchange.param("key")));
  }

  private Map<String, Object> deliveriesModel(String key) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DeliveryAttempt attempt :
        backend
            .webhooks()
            .deliveries(key, null, PageRequest.first(DELIVERIES_SHOWN, SortOrder.CREATED_AT_DESC))
            .items()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("time", DATE_TIME.format(Instant.ofEpochMilli(attempt.createdAt())));
      row.put("event", attempt.event().apiName());
      row.put("eventKey", attempt.eventKey());
      row.put("attempt", attempt.attempt());
      String outcome =
          attempt.succeeded()
              ? "delivered"
              : attempt.nextAttemptAt() != null ? "retrying" : "failed";
      row.put("outcome", outcome);
      row.put(
          "answer",
          attempt.statusCode() != null
              ? "HTTP " + attempt.statusCode()
              : attempt.error() == null ? "" : attempt.error());
      row.put("duration", attempt.durationMs() + " ms");
      row.put(
          "nextRetry",
          attempt.nextAttemptAt() == null
              ? "\u2014"
              : DATE_TIME.format(Instant.ofEpochMilli(attempt.nextAttemptAt())));
      rows.add(row);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("rows", rows);
    model.put("empty", rows.isEmpty());
    model.put("url", PATH + "/webhooks/" + CustomerPages.encode(key) + "/deliveries");
    model.put("events", PortalEvents.PATH);
    return model;
  }

  // ---- the request log ----

  private PortalResponse requests(Exchange exchange) {
    Map<String, Object> model = Pages.model(exchange, "Request log", "developer");
    model.put("tab_requests", true);
    model.put("log", requestRowsModel());
    return pages.page("requests", exchange, model);
  }

  private PortalResponse requestRows(Exchange exchange) {
    return pages.fragment("request-rows", requestRowsModel());
  }

  private Map<String, Object> requestRowsModel() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (RequestLog.Entry entry : requestLog.latest(REQUESTS_SHOWN)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("time", TIME.format(Instant.ofEpochMilli(entry.at())));
      row.put("method", entry.method());
      row.put("url", entry.url());
      row.put("status", entry.status() == 0 ? "reset" : String.valueOf(entry.status()));
      row.put(
          "statusClass",
          entry.status() == 0 || entry.status() >= 500
              ? "bad"
              : entry.status() >= 400 ? "warn" : "ok");
      row.put(
          "millis",
          entry.millis() < 0 ? "" : entry.millis() == 0 ? "< 1 ms" : entry.millis() + " ms");
      rows.add(row);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("rows", rows);
    model.put("empty", rows.isEmpty());
    model.put("events", PortalEvents.PATH);
    return model;
  }

  // ---- switches ----

  private PortalResponse switches(Exchange exchange, FieldErrors errors) {
    ChaosSettings chaos = backend.chaos().settings();
    ChaosStats stats = backend.chaos().stats();
    FixedWindowRateLimiter limiter = backend.rateLimiter();
    Map<String, Object> model = Pages.model(exchange, "Chaos, limits & data", "developer");
    model.put("tab_switches", true);
    model.put("chaosOn", chaos.enabled());
    model.put("chaosRate", chaos.enabled() ? String.valueOf(chaos.rate()) : "0.1");
    model.put("chaosSeed", String.valueOf(chaos.seed()));
    model.put("requestsSeen", stats.requestsSeen());
    model.put("faultsInjected", stats.faultsInjected());
    model.put("rateLimitOn", limiter.limit() > 0);
    model.put("rateLimit", String.valueOf(limiter.limit()));
    model.put("error_rate", errors.forInput("rate"));
    model.put("error_seed", errors.forInput("seed"));
    model.put("error_limit", errors.forInput("limit"));
    var counts = backend.store().counts();
    model.put("properties", counts.properties());
    model.put("customers", counts.customers());
    model.put("partnerships", counts.partnerships());
    return pages.page("switches", exchange, model);
  }

  private PortalResponse setChaos(Exchange exchange) {
    PortalRequest request = exchange.request();
    if (request.formText("off").equals("1")) {
      backend.chaos().turnOff();
      exchange.session().flash("Chaos is off: API calls are answered normally.");
      return PortalResponse.redirect(request, PATH + "/switches");
    }
    FieldErrors errors = FieldErrors.none();
    double rate = 0;
    long seed = 0;
    try {
      rate = Double.parseDouble(request.formText("rate").strip());
      if (!(rate > 0 && rate <= 1)) {
        errors.add("rate", "The fault rate must be above 0 and at most 1, was " + rate + ".");
      }
    } catch (NumberFormatException e) {
      errors.add("rate", "The fault rate must be a number from 0 to 1, e.g. 0.1.");
    }
    try {
      seed = Long.parseLong(request.formText("seed").strip());
    } catch (NumberFormatException e) {
      errors.add("seed", "The seed must be a whole number.");
    }
    if (errors.any()) {
      return switches(exchange, errors);
    }
    backend.chaos().set(ChaosSettings.of(rate, seed));
    exchange
        .session()
        .flash("Chaos is on: about " + Math.round(rate * 100) + "% of API calls get a fault.");
    return PortalResponse.redirect(request, PATH + "/switches");
  }

  private PortalResponse setRateLimit(Exchange exchange) {
    PortalRequest request = exchange.request();
    int limit;
    try {
      limit = Integer.parseInt(request.formText("limit").strip());
      backend.rateLimiter().setLimit(limit);
    } catch (IllegalArgumentException e) {
      FieldErrors errors = FieldErrors.none();
      errors.add(
          "limit",
          "The limit must be a whole number from 0 (off) to "
              + FixedWindowRateLimiter.MAX_LIMIT
              + " requests per minute.");
      return switches(exchange, errors);
    }
    exchange
        .session()
        .flash(
            limit == 0
                ? "Rate limiting is off."
                : "Rate limit set to " + limit + " requests per minute per credential.");
    return PortalResponse.redirect(request, PATH + "/switches");
  }

  private PortalResponse reset(Exchange exchange) {
    backend.reset().run();
    requestLog.clear();
    exchange.session().flash("The store is empty: no partners, properties, customers or webhooks.");
    return PortalResponse.redirect(exchange.request(), PATH + "/switches");
  }

  private PortalResponse reseed(Exchange exchange) {
    backend.reseed().run();
    exchange.session().flash("The demo data is back: the store was re-seeded.");
    return PortalResponse.redirect(exchange.request(), PATH + "/switches");
  }
}
