package dev.cprops.connector.client;

import dev.cprops.connector.internal.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;

/**
 * The customer-properties API as typed Java calls; see {@code api.md} for the routes.
 *
 * <p>Thread-safe and cheap to keep: create one per connection. Every instance derives its OkHttp
 * client from one shared client, so they share its connection pool.
 *
 * <p>Every call retries transport failures, {@code 429} and {@code 500/502/503/504} as the {@link
 * RetryPolicy} says, and reports failure with the SPI's exceptions: {@link
 * dev.cprops.connector.spi.AuthException} (401), {@link
 * dev.cprops.connector.spi.RateLimitException} (still 429 after the retries), {@link
 * dev.cprops.connector.spi.TransientException} (still failing in transport or with a 5xx), {@link
 * dev.cprops.connector.spi.ApiException} (any other error answer, with the server's field errors)
 * and {@link dev.cprops.connector.spi.ConnectorException} (an answer of the wrong shape, naming the
 * JSON path). No message contains a secret. Arguments must not be {@code null} unless documented.
 *
 * <p>Streams are lazy: a page is fetched when the previous one is used up, so memory holds one page
 * at most. They are not thread-safe and hold no resources, so they need no closing.
 */
public final class CustomerPropertiesClient {
  private static final Set<String> SAFE_RAW_METHODS = Set.of("GET", "PATCH", "PUT", "DELETE");

  private final ClientConfig config;
  private final RateLimitInterceptor rateLimits = new RateLimitInterceptor();
  private final ApiTransport transport;

  private CustomerPropertiesClient(ClientConfig config) {
    this.config = config;
    OkHttpClient base = config.httpClient() != null ? config.httpClient() : SharedHttpClient.get();
    OkHttpClient http =
        base.newBuilder()
            .addInterceptor(rateLimits)
            .addInterceptor(new AuthInterceptor(config.credentials()))
            .addInterceptor(
                new RedactingLoggingInterceptor(
                    config.logger(), config.logLevel(), config.credentials().secrets()))
            .build();
    RetryingCaller caller =
        new RetryingCaller(
            http,
            config.retryPolicy(),
            config.sleeper(),
            config.jitterSource(),
            config.retryListener());
    this.transport = new ApiTransport(config.baseUrl(), caller, config.credentials().secrets());
  }

  /** A client for this configuration. */
  public static CustomerPropertiesClient create(ClientConfig config) {
    return new CustomerPropertiesClient(java.util.Objects.requireNonNull(config, "config"));
  }

  public ClientConfig config() {
    return config;
  }

  /** Whether this client authenticates as a partner (and may call only the partner routes). */
  public boolean isPartner() {
    return config.credentials() instanceof Credentials.Partner;
  }

  /** The rate-limit headers of the latest answer that carried them; empty before any. */
  public Optional<RateLimitStatus> rateLimit() {
    return rateLimits.latest();
  }

  // ---- Property definitions (vendor) ----

  /** Every property definition, lazily page by page; archived ones only when asked for. */
  public Stream<PropertyDefinition> streamPropertyDefinitions(boolean includeArchived) {
    Map<String, String> query = pageQuery(CustomerQuery.MAX_PAGE_SIZE);
    if (includeArchived) {
      query.put("include_archived", "true");
    }
    return stream(List.of("customer-properties"), query, PropertyDefinitionJson::read);
  }

  /** Every property definition, read into a list. */
  public List<PropertyDefinition> listPropertyDefinitions(boolean includeArchived) {
    return streamPropertyDefinitions(includeArchived).toList();
  }

  public PropertyDefinition getPropertyDefinition(String apiName) {
    return PropertyDefinitionJson.read(
        transport.data("GET", List.of("customer-properties", apiName), Map.of(), null, true));
  }

  /**
   * Creates a property definition from the definition's specified attributes (its {@code key},
   * {@code archived} and times are ignored). A create whose answer was lost is reconciled by {@code
   * api_name}.
   */
  public PropertyDefinition createPropertyDefinition(PropertyDefinition definition) {
    Map<String, Object> body = PropertyDefinitionJson.write(definition);
    Exchange exchange =
        transport.exchange(
            "POST", transport.url(List.of("customer-properties"), Map.of()), body, true);
    JsonObject settled =
        CreateReconciler.reconcile(
            exchange,
            body,
            "api_name '" + definition.apiName() + "'",
            () ->
                transport.data(
                    "GET",
                    List.of("customer-properties", definition.apiName()),
                    Map.of(),
                    null,
                    true));
    return PropertyDefinitionJson.read(settled != null ? settled : transport.data(exchange));
  }

  public PropertyDefinition updatePropertyDefinition(
      String apiName, PropertyDefinitionUpdate update) {
    return PropertyDefinitionJson.read(
        transport.data(
            "PATCH", List.of("customer-properties", apiName), Map.of(), update.changes(), true));
  }

  /** Archives a property definition ({@code DELETE}); it keeps its stored values. */
  public void archivePropertyDefinition(String apiName) {
    transport.successBody(
        transport.exchange(
            "DELETE",
            transport.url(List.of("customer-properties", apiName), Map.of()),
            null,
            true));
  }

  // ---- Customers (vendor) ----

  /** The customers matching the query, lazily page by page. */
  public Stream<Customer> streamCustomers(CustomerQuery query) {
    Map<String, String> parameters = pageQuery(query.pageSize());
    parameters.putAll(query.parameters());
    return stream(List.of("customers"), parameters, CustomerJson::read);
  }

  /** One customer by {@code customer_key} or internal {@code key}, with its {@code fields}. */
  public Customer getCustomer(String id) {
    return CustomerJson.read(transport.data("GET", List.of("customers", id), Map.of(), null, true));
  }

  /**
   * Creates a customer. With a {@code customer_key}, a create whose answer was lost is retried and
   * reconciled (see {@link NewCustomer}); nothing is created twice.
   *
   * @throws dev.cprops.connector.spi.ApiException 409 when the {@code customer_key} exists with
   *     other values
   */
  public Customer createCustomer(NewCustomer customer) {
    Map<String, Object> body = CustomerJson.write(customer);
    boolean keyed = customer.customerKey() != null;
    Exchange exchange =
        transport.exchange("POST", transport.url(List.of("customers"), Map.of()), body, keyed);
    JsonObject settled =
        keyed
            ? CreateReconciler.reconcile(
                exchange,
                body,
                "customer_key '" + customer.customerKey() + "'",
                () ->
                    transport.data(
                        "GET", List.of("customers", customer.customerKey()), Map.of(), null, true))
            : null;
    return CustomerJson.read(settled != null ? settled : transport.data(exchange));
  }

  /**
   * Changes a customer ({@code PATCH}): only what the update holds changes; {@code meta} merges key
   * by key and a {@code null} value clears that property.
   */
  public Customer updateCustomer(String id, CustomerUpdate update) {
    return CustomerJson.read(
        transport.data(
            "PATCH", List.of("customers", id), Map.of(), CustomerJson.write(update), true));
  }

  /** Archives a customer ({@code DELETE}). */
  public void archiveCustomer(String id) {
    transport.successBody(
        transport.exchange(
            "DELETE", transport.url(List.of("customers", id), Map.of()), null, true));
  }

  // ---- Partnerships (vendor) ----

  /** Every partnership, lazily page by page (never with an API key). */
  public Stream<Partnership> streamPartnerships() {
    return stream(
        List.of("partnerships"), pageQuery(CustomerQuery.MAX_PAGE_SIZE), PartnershipJson::read);
  }

  /**
   * Creates a partnership; the answer holds the partner's API key, once. A create whose answer was
   * lost is reconciled by {@code partner_key}; the key is then not available again.
   */
  public Partnership createPartnership(NewPartnership partnership) {
    Map<String, Object> body = PartnershipJson.write(partnership);
    Exchange exchange =
        transport.exchange("POST", transport.url(List.of("partnerships"), Map.of()), body, true);
    JsonObject settled =
        CreateReconciler.reconcile(
            exchange,
            body,
            "partner_key '" + partnership.partnerKey() + "'",
            () -> findPartnership(partnership.partnerKey()));
    return PartnershipJson.read(settled != null ? settled : transport.data(exchange));
  }

  private JsonObject findPartnership(String partnerKey) {
    return PageIterator.stream(
            after ->
                transport.page(
                    List.of("partnerships"),
                    pageQuery(CustomerQuery.MAX_PAGE_SIZE),
                    after,
                    Function.identity()))
        .filter(p -> partnerKey.equals(p.string("partner_key")))
        .findFirst()
        .orElseThrow(
            () ->
                new dev.cprops.connector.spi.ApiException(
                    404,
                    "GET /partnerships: no partnership with partner_key '" + partnerKey + "'",
                    List.of()));
  }

  // ---- Partner routes (Bearer partner key) ----

  /** The {@code editable} and {@code read_only} definitions a partner sees. */
  public Stream<PropertyDefinition> streamPartnerPropertyDefinitions() {
    return stream(
        List.of("partner", "customer-properties"),
        pageQuery(CustomerQuery.MAX_PAGE_SIZE),
        PropertyDefinitionJson::read);
  }

  /** The partner's own customers matching the query, lazily page by page. */
  public Stream<Customer> streamPartnerCustomers(CustomerQuery query) {
    Map<String, String> parameters = pageQuery(query.pageSize());
    parameters.putAll(query.parameters());
    return stream(List.of("partner", "customers"), parameters, CustomerJson::read);
  }

  public Customer getPartnerCustomer(String id) {
    return CustomerJson.read(
        transport.data("GET", List.of("partner", "customers", id), Map.of(), null, true));
  }

  /**
   * Changes a partner's customer's property values; {@code null} clears a value.
   *
   * @throws dev.cprops.connector.spi.ApiException 403 {@code read_only_property} or 400 {@code
   *     unknown_property}
   */
  public Customer updatePartnerCustomer(String id, Map<String, Object> meta) {
    return CustomerJson.read(
        transport.data(
            "PATCH", List.of("partner", "customers", id), Map.of(), Map.of("meta", meta), true));
  }

  // ---- Raw ----

  /**
   * Any request relative to the base URL, for a custom-request action. A {@code POST} is not
   * repeated once it may have reached the server.
   *
   * @param method an HTTP method, e.g. {@code "GET"}
   * @param path e.g. {@code "/customers/acct_42"}; already URL-encoded
   * @param query query parameters (values written with {@code toString()}); may be empty
   * @param body a JSON-like value to send, or {@code null} for none
   */
  public JsonResponse request(String method, String path, Map<String, ?> query, Object body) {
    String verb = method.toUpperCase(Locale.ROOT);
    Exchange exchange =
        transport.exchange(
            verb, transport.rawUrl(path, query), body, SAFE_RAW_METHODS.contains(verb));
    Object parsed = transport.successBody(exchange);
    Map<String, List<String>> headers = new TreeMap<>();
    exchange.result().headers().toMultimap().forEach(headers::put);
    return new JsonResponse(exchange.result().status(), headers, parsed);
  }

  @Override
  public String toString() {
    return "CustomerPropertiesClient[" + config + "]";
  }

  private <T> Stream<T> stream(
      List<String> segments, Map<String, String> query, Function<JsonObject, T> reader) {
    Map<String, String> fixed =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(query));
    return PageIterator.stream(after -> transport.page(segments, fixed, after, reader));
  }

  private static Map<String, String> pageQuery(int limit) {
    Map<String, String> query = new java.util.LinkedHashMap<>();
    query.put("limit", Integer.toString(limit));
    return query;
  }
}
