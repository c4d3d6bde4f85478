package dev.cprops.mock.portal;

import dev.cprops.mock.store.Customer;
import dev.cprops.mock.store.Page;
import dev.cprops.mock.store.PageRequest;
import dev.cprops.mock.store.PropertyAccess;
import dev.cprops.mock.store.PropertyDefinition;
import dev.cprops.mock.store.SortOrder;
import dev.cprops.mock.store.StoreException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Customers: a paged list with a search (email, name, key), and the customer detail view whose
 * "Details" section shows every property the signed-in user may see as a typed input. The vendor
 * sees editable, read-only and hidden properties (not hidden_everywhere ones); a partner sees only
 * their own customers, editable properties as inputs and read-only ones as text; the others are not
 * in the page at all. Saving runs the API's rules for that caller ({@code PATCH /customers/{id}} or
 * {@code PATCH /partner/customers/{id}}).
 */
final class CustomerPages {
  static final String PATH = "/customers";
  static final int PAGE_SIZE = 25;
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final PortalBackend backend;
  private final Pages pages;

  CustomerPages(PortalBackend backend, Pages pages) {
    this.backend = backend;
    this.pages = pages;
  }

  void register(PortalRouter router) {
    PortalRouter.Access signedIn = PortalRouter.Access.SIGNED_IN;
    router
        .add("GET", PATH, signedIn, this::list)
        .add("GET", PATH + "/{id}", signedIn, this::detail)
        .add("POST", PATH + "/{id}", signedIn, this::save);
  }

  // ---- the list ----

  private PortalResponse list(Exchange exchange) {
    PortalRequest request = exchange.request();
    String search = request.query("q").strip();
    String after = request.query("after");
    String before = request.query("before");
    Session session = exchange.session();
    String partnerKey = session.partner() ? session.partnerKey() : null;
    Page<Customer> page;
    try {
      page =
          backend
              .store()
              .searchCustomers(
                  partnerKey,
                  search,
                  new PageRequest(
                      PAGE_SIZE,
                      after.isEmpty() ? null : after,
                      after.isEmpty() && !before.isEmpty() ? before : null,
                      SortOrder.CREATED_AT_DESC,
                      Long.MIN_VALUE,
                      Long.MAX_VALUE));
    } catch (StoreException | IllegalArgumentException e) {
      after = "";
      before = "";
      page =
          backend
              .store()
              .searchCustomers(
                  partnerKey, search, PageRequest.first(PAGE_SIZE, SortOrder.CREATED_AT_DESC));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Customer customer : page.items()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", customer.name() == null ? "(no name)" : customer.name());
      row.put("email", customer.email());
      row.put("customerKey", Objects.requireNonNullElse(customer.customerKey(), ""));
      row.put("partnerKey", customer.partnerKey());
      row.put("created", DATE_TIME.format(Instant.ofEpochMilli(customer.createdAt())));
      row.put("url", PATH + "/" + encode(customer.key()));
      rows.add(row);
    }
    boolean backwards = !before.isEmpty() && after.isEmpty();
    boolean hasNext = backwards || page.hasMore();
    boolean hasPrevious = backwards ? page.hasMore() : !after.isEmpty();
    String query = search.isEmpty() ? "" : "q=" + encode(search) + "&";
    Map<String, Object> model = Pages.model(exchange, "Customers", "customers");
    model.put("rows", rows);
    model.put("empty", rows.isEmpty());
    model.put("search", search);
    if (!rows.isEmpty() && hasNext) {
      model.put(
          "nextUrl",
          PATH + "?" + query + "after=" + encode(page.items().get(rows.size() - 1).key()));
    }
    if (!rows.isEmpty() && hasPrevious) {
      model.put("previousUrl", PATH + "?" + query + "before=" + encode(page.items().get(0).key()));
    }
    model.put("showPartner", session.vendor());
    return pages.page("customers", exchange, model);
  }

  // ---- the detail view ----

  private PortalResponse detail(Exchange exchange) {
    Customer customer = find(exchange);
    if (customer == null) {
      return notFound(exchange);
    }
    return detailPage(exchange, customer, Map.of(), FieldErrors.none());
  }

  private PortalResponse save(Exchange exchange) {
    Customer customer = find(exchange);
    if (customer == null) {
      return notFound(exchange);
    }
    Map<String, List<String>> submitted = new LinkedHashMap<>();
    exchange
        .request()
        .form()
        .forEach(
            (name, values) -> {
              if (name.startsWith("meta.")) {
                submitted.put(name.substring(5), values);
              }
            });
    Map<String, Object> changes = new LinkedHashMap<>();
    submitted.forEach(
        (apiName, values) -> {
          PropertyDefinition definition = backend.store().schema().active(apiName).orElse(null);
          Object value = ValueInputs.fromForm(definition, values);
          if (ValueInputs.changed(definition, customer.meta().get(apiName), value)) {
            changes.put(apiName, value);
          }
        });
    if (changes.isEmpty()) {
      exchange.session().flash("No changes to save.");
      return PortalResponse.redirect(exchange.request(), PATH + "/" + encode(customer.key()));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("meta", changes);
    Session session = exchange.session();
    try {
      if (session.vendor()) {
        backend.store().updateCustomer(customer.key(), body);
      } else {
        backend.store().updatePartnerCustomer(session.partnerKey(), customer.key(), body);
      }
    } catch (StoreException e) {
      Map<String, String> typed = new LinkedHashMap<>();
      submitted.forEach((apiName, values) -> typed.put(apiName, ValueInputs.typed(values)));
      FieldErrors errors =
          FieldErrors.of(e, field -> field.startsWith("meta.") ? field.substring(5) : null);
      return detailPage(exchange, customer, typed, errors);
    }
    exchange
        .session()
        .flash(changes.size() == 1 ? "Saved 1 change." : "Saved " + changes.size() + " changes.");
    return PortalResponse.redirect(exchange.request(), PATH + "/" + encode(customer.key()));
  }

  private Customer find(Exchange exchange) {
    Session session = exchange.session();
    String id = exchange.param("id");
    try {
      return session.vendor()
          ? backend.store().getCustomer(id)
          : backend.store().getPartnerCustomer(session.partnerKey(), id);
    } catch (StoreException e) {
      return null;
    }
  }

  private PortalResponse notFound(Exchange exchange) {
    return pages.error(
        exchange, 404, "Customer not found", "There is no such customer, or it is not yours.");
  }

  /**
   * @param typed the values as the user typed them, by api_name, when a save was rejected (they are
   *     shown again instead of the stored ones)
   */
  private PortalResponse detailPage(
      Exchange exchange, Customer customer, Map<String, String> typed, FieldErrors errors) {
    Session session = exchange.session();
    List<Map<String, Object>> fields = new ArrayList<>();
    for (PropertyDefinition definition : backend.store().schema().active()) {
      PropertyAccess access = definition.access();
      boolean shown =
          session.vendor()
              ? access != PropertyAccess.HIDDEN_EVERYWHERE
              : access.visibleToPartners();
      if (!shown) {
        continue;
      }
      boolean editable = session.vendor() || access == PropertyAccess.EDITABLE;
      Object stored = customer.meta().get(definition.apiName());
      String text =
          typed.containsKey(definition.apiName())
              ? typed.get(definition.apiName())
              : ValueInputs.text(stored);
      Map<String, Object> field = ValueInputs.field(definition, text, editable);
      if (session.vendor()) {
        field.put("access", Catalog.access(access).label());
        field.put("accessClass", access.apiName().replace('_', '-'));
      }
      field.put("error", errors.forInput(definition.apiName()));
      fields.add(field);
    }
    Map<String, Object> model =
        Pages.model(
            exchange, customer.name() == null ? customer.email() : customer.name(), "customers");
    model.put("name", customer.name() == null ? "(no name)" : customer.name());
    model.put("email", customer.email());
    model.put("customerKey", Objects.requireNonNullElse(customer.customerKey(), "\u2014"));
    model.put("key", customer.key());
    model.put("partnerKey", customer.partnerKey());
    model.put("archived", customer.archived());
    model.put("created", DATE_TIME.format(Instant.ofEpochMilli(customer.createdAt())));
    model.put("updated", DATE_TIME.format(Instant.ofEpochMilli(customer.updatedAt())));
    model.put("fields", fields);
    model.put("noFields", fields.isEmpty());
    model.put("anyEditable", fields.stream().anyMatch(f -> Boolean.TRUE.equals(f.get("editable"))));
    model.put("action", PATH + "/" + encode(customer.key()));
    model.put("generalErrors", errors.general());
    model.put("hasErrors", errors.any());
    return pages.page("customer", exchange, model);
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
