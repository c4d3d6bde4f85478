package dev.cprops.mock.portal;

import dev.cprops.mock.store.Page;
import dev.cprops.mock.store.PageRequest;
import dev.cprops.mock.store.PropertyAccess;
import dev.cprops.mock.store.PropertyDefinition;
import dev.cprops.mock.store.SortOrder;
import dev.cprops.mock.store.StoreException;
import dev.cprops.mock.values.ApiNames;
import dev.cprops.mock.values.InvalidValueException;
import dev.cprops.mock.values.PropertyType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Settings > Properties: the table of customer properties with its search, the "New customer
 * property" drawer (all twelve types, the four access levels), edit, archive and restore. Every
 * change goes through the store's rules, as the API's {@code /customer-properties} does.
 */
final class PropertyPages {
  static final String PATH = "/settings/properties";

  private final PortalBackend backend;
  private final Pages pages;

  PropertyPages(PortalBackend backend, Pages pages) {
    this.backend = backend;
    this.pages = pages;
  }

  void register(PortalRouter router) {
    PortalRouter.Access vendor = PortalRouter.Access.VENDOR;
    router
        .add("GET", "/settings", vendor, x -> PortalResponse.redirect(x.request(), PATH))
        .add("GET", PATH, vendor, this::table)
        .add("GET", PATH + "/new", vendor, this::newDrawer)
        .add("GET", PATH + "/type-fields", vendor, this::typeFields)
        .add("POST", PATH, vendor, this::create)
        .add("GET", PATH + "/{api_name}/edit", vendor, this::editDrawer)
        .add("POST", PATH + "/{api_name}", vendor, this::update)
        .add("POST", PATH + "/{api_name}/archive", vendor, x -> archive(x, true))
        .add("POST", PATH + "/{api_name}/restore", vendor, x -> archive(x, false));
  }

  // ---- the table ----

  private PortalResponse table(Exchange exchange) {
    return tablePage(exchange, null);
  }

  private PortalResponse tablePage(Exchange exchange, Map<String, Object> drawer) {
    PortalRequest request = exchange.request();
    String search = request.query("q").strip();
    boolean showArchived = request.query("archived").equals("1");
    String needle = search.toLowerCase(Locale.ROOT);
    List<Map<String, Object>> rows = new ArrayList<>();
    int archivedCount = 0;
    for (PropertyDefinition definition : allDefinitions()) {
      if (definition.archived()) {
        archivedCount++;
        if (!showArchived) {
          continue;
        }
      }
      if (!needle.isEmpty()
          && !definition.label().toLowerCase(Locale.ROOT).contains(needle)
          && !definition.apiName().contains(needle)) {
        continue;
      }
      rows.add(row(definition));
    }
    Map<String, Object> model = Pages.model(exchange, "Properties", "settings");
    model.put("rows", rows);
    model.put("empty", rows.isEmpty());
    model.put("search", search);
    model.put("showArchived", showArchived);
    model.put("archivedCount", archivedCount);
    if (drawer != null) {
      model.put("drawer", drawer);
    }
    return pages.page("properties", exchange, model);
  }

  private List<PropertyDefinition> allDefinitions() {
    List<PropertyDefinition> all = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT, SortOrder.CREATED_AT);
    while (true) {
      Page<PropertyDefinition> page = backend.store().listProperties(request, true, false);
      all.addAll(page.items());
      if (!page.hasMore() || page.items().isEmpty()) {
        break;
      }
      String last = page.items().get(page.items().size() - 1).key();
      request =
          new PageRequest(
              PageRequest.MAX_LIMIT,
              last,
              null,
              SortOrder.CREATED_AT,
              Long.MIN_VALUE,
              Long.MAX_VALUE);
    }
    all.sort(
        Comparator.comparing(PropertyDefinition::archived)
            .thenComparingInt(PropertyDefinition::position)
            .thenComparingLong(PropertyDefinition::createdAt));
    return all;
  }

  private static Map<String, Object> row(PropertyDefinition definition) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("label", definition.label());
    row.put("apiName", definition.apiName());
    row.put("type", Catalog.type(definition.type()).label());
    row.put("access", Catalog.access(definition.access()).label());
    row.put("accessClass", definition.access().apiName().replace('_', '-'));
    row.put("required", definition.required());
    row.put("archived", definition.archived());
    if (definition.type() == PropertyType.DROPDOWN) {
      row.put(
          "detail",
          definition.options().size()
              + (definition.options().size() == 1 ? " option" : " options"));
    } else if (definition.type() == PropertyType.CURRENCY) {
      row.put("detail", definition.currency());
    }
    String base = PATH + "/" + definition.apiName();
    row.put("editUrl", base + "/edit");
    row.put("archiveUrl", base + "/archive");
    row.put("restoreUrl", base + "/restore");
    return row;
  }

  // ---- the drawer ----

  private PortalResponse newDrawer(Exchange exchange) {
    Draft draft = Draft.blank();
    return drawer(exchange, drawerModel(exchange, null, draft, FieldErrors.none()));
  }

  private PortalResponse editDrawer(Exchange exchange) {
    PropertyDefinition definition;
    try {
      definition = backend.store().getProperty(exchange.param("api_name"));
    } catch (StoreException e) {
      return pages.error(exchange, 404, "Property not found", "There is no such property.");
    }
    return drawer(
        exchange, drawerModel(exchange, definition, Draft.of(definition), FieldErrors.none()));
  }

  private PortalResponse typeFields(Exchange exchange) {
    Draft draft = Draft.blank();
    draft.type = exchange.request().query("type");
    return pages.fragment("property-type-fields", typeFieldsModel(draft, FieldErrors.none()));
  }

  private PortalResponse create(Exchange exchange) {
    Draft draft = Draft.from(exchange.request());
    try {
      PropertyDefinition created = backend.store().createProperty(draft.createBody());
      exchange.session().flash("Property \u201c" + created.label() + "\u201d created.");
      return PortalResponse.redirect(exchange.request(), PATH);
    } catch (StoreException e) {
      return drawer(
          exchange, drawerModel(exchange, null, draft, FieldErrors.of(e, PropertyPages::inputOf)));
    }
  }

  private PortalResponse update(Exchange exchange) {
    PropertyDefinition current;
    try {
      current = backend.store().getProperty(exchange.param("api_name"));
    } catch (StoreException e) {
      return pages.error(exchange, 404, "Property not found", "There is no such property.");
    }
    Draft draft = Draft.from(exchange.request());
    try {
      PropertyDefinition updated =
          backend.store().updateProperty(current.apiName(), draft.updateBody(current));
      exchange.session().flash("Property \u201c" + updated.label() + "\u201d saved.");
      return PortalResponse.redirect(exchange.request(), PATH);
    } catch (StoreException e) {
      return drawer(
          exchange,
          drawerModel(exchange, current, draft, FieldErrors.of(e, PropertyPages::inputOf)));
    }
  }

  private PortalResponse archive(Exchange exchange, boolean archive) {
    String apiName = exchange.param("api_name");
    try {
      PropertyDefinition definition =
          archive
              ? backend.store().archiveProperty(apiName)
              : backend.store().updateProperty(apiName, Map.of("archived", false));
      exchange
          .session()
          .flash(
              "Property \u201c"
                  + definition.label()
                  + "\u201d "
                  + (archive ? "archived: its values are kept." : "restored with its values."));
    } catch (StoreException e) {
      exchange.session().flash(e.getMessage());
    }
    return PortalResponse.redirect(exchange.request(), PATH + (archive ? "" : "?archived=1"));
  }

  private PortalResponse drawer(Exchange exchange, Map<String, Object> drawer) {
    if (exchange.request().htmx()) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("drawer", drawer);
      model.put("csrf", exchange.session().csrfToken());
      return pages.fragment("property-drawer", model);
    }
    return tablePage(exchange, drawer);
  }

  private static Map<String, Object> drawerModel(
      Exchange exchange, PropertyDefinition current, Draft draft, FieldErrors errors) {
    Map<String, Object> model = new LinkedHashMap<>();
    boolean editing = current != null;
    model.put("editing", editing);
    model.put("heading", editing ? "Edit customer property" : "New customer property");
    model.put("action", editing ? PATH + "/" + current.apiName() : PATH);
    model.put("submit", editing ? "Save property" : "Create property");
    model.put("label", draft.label);
    model.put("apiName", draft.apiName);
    model.put("helpText", draft.helpText);
    model.put("required", draft.required);
    model.put("csrf", exchange.session().csrfToken());
    List<Map<String, Object>> types = new ArrayList<>();
    for (PropertyType type : PropertyType.values()) {
      Catalog.TypeInfo info = Catalog.type(type);
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("value", type.apiName());
      option.put("label", info.label());
      option.put("selected", type.apiName().equals(draft.type));
      types.add(option);
    }
    model.put("types", types);
    List<Map<String, Object>> access = new ArrayList<>();
    for (PropertyAccess level : PropertyAccess.values()) {
      Catalog.AccessInfo info = Catalog.access(level);
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("value", level.apiName());
      option.put("label", info.label());
      option.put("explanation", info.explanation());
      option.put("checked", level.apiName().equals(draft.access));
      access.add(option);
    }
    model.put("accessLevels", access);
    model.put("typeFields", typeFieldsModel(draft, errors));
    for (String input : List.of("label", "api_name", "type", "access", "help_text", "required")) {
      model.put("error_" + input, errors.forInput(input));
    }
    model.put("generalErrors", errors.general());
    model.put("hasErrors", errors.any());
    return model;
  }

  private static Map<String, Object> typeFieldsModel(Draft draft, FieldErrors errors) {
    Map<String, Object> model = new LinkedHashMap<>();
    PropertyType type = PropertyType.fromApiName(draft.type).orElse(null);
    model.put("description", type == null ? "" : Catalog.type(type).description());
    model.put("dropdown", type == PropertyType.DROPDOWN);
    model.put("currencyType", type == PropertyType.CURRENCY);
    model.put("optionsText", draft.optionsText);
    model.put("error_options", errors.forInput("options"));
    model.put("error_currency", errors.forInput("currency"));
    String currency = draft.currency.isBlank() ? "USD" : draft.currency;
    List<Map<String, Object>> currencies = new ArrayList<>();
    for (String code : Catalog.currencies()) {
      currencies.add(Map.of("code", code, "selected", code.equals(currency)));
    }
    model.put("currencies", currencies);
    return model;
  }

  /** The form input an API field of a definition belongs to. */
  private static String inputOf(String field) {
    if (field.startsWith("options")) {
      return "options";
    }
    return switch (field) {
      case "label", "api_name", "type", "access", "help_text", "required", "currency" -> field;
      default -> null;
    };
  }

  /** What the drawer's form holds, as typed. */
  private static final class Draft {
    String label = "";
    String apiName = "";
    String type = PropertyType.INPUT.apiName();
    String access = PropertyAccess.EDITABLE.apiName();
    boolean required;
    String helpText = "";
    String optionsText = "";
    String currency = "";

    static Draft blank() {
      return new Draft();
    }

    static Draft of(PropertyDefinition definition) {
      Draft draft = new Draft();
      draft.label = definition.label();
      draft.apiName = definition.apiName();
      draft.type = definition.type().apiName();
      draft.access = definition.access().apiName();
      draft.required = definition.required();
      draft.helpText = definition.helpText();
      draft.optionsText =
          definition.options().stream()
              .map(o -> o.label() + " | " + o.value())
              .collect(Collectors.joining("\n"));
      draft.currency = definition.currency() == null ? "" : definition.currency();
      return draft;
    }

    static Draft from(PortalRequest request) {
      Draft draft = new Draft();
      draft.label = request.formText("label");
      draft.apiName = request.formText("api_name").strip();
      draft.type = request.formText("type");
      draft.access = request.formText("access");
      draft.required = request.formValues("required").contains("true");
      draft.helpText = request.formText("help_text");
      draft.optionsText = request.formText("options");
      draft.currency = request.formText("currency").strip();
      return draft;
    }

    Map<String, Object> createBody() {
      Map<String, Object> body = commonBody();
      if (!apiName.isEmpty()) {
        body.put("api_name", apiName);
      }
      return body;
    }

    Map<String, Object> updateBody(PropertyDefinition current) {
      Map<String, Object> body = commonBody();
      if (!apiName.isEmpty() && !apiName.equals(current.apiName())) {
        body.put("api_name", apiName);
      }
      return body;
    }

    private Map<String, Object> commonBody() {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("label", label);
      body.put("type", type);
      body.put("access", access);
      body.put("required", required);
      body.put("help_text", helpText);
      if (type.equals(PropertyType.DROPDOWN.apiName())) {
        body.put("options", options());
      }
      if (type.equals(PropertyType.CURRENCY.apiName()) && !currency.isEmpty()) {
        body.put("currency", currency);
      }
      return body;
    }

    /**
     * One option a line: {@code Label} (its value derived like an api_name) or {@code Label |
     * value}.
     */
    private List<Object> options() {
      List<Object> options = new ArrayList<>();
      for (String line : optionsText.split("\\R")) {
        if (line.isBlank()) {
          continue;
        }
        int bar = line.lastIndexOf('|');
        String optionLabel = (bar < 0 ? line : line.substring(0, bar)).strip();
        String value = bar < 0 ? valueFor(optionLabel) : line.substring(bar + 1).strip();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("label", optionLabel);
        json.put("value", value);
        options.add(json);
      }
      return options;
    }

    private static String valueFor(String optionLabel) {
      try {
        return ApiNames.fromLabel(optionLabel);
      } catch (InvalidValueException e) {
        return optionLabel;
      }
    }
  }
}
