package dev.cprops.connector;

import dev.cprops.connector.client.ClientConfig;
import dev.cprops.connector.internal.actions.ArchiveCustomerAction;
import dev.cprops.connector.internal.actions.ArchivePropertyAction;
import dev.cprops.connector.internal.actions.BatchUpsertCustomersAction;
import dev.cprops.connector.internal.actions.CreateCustomerAction;
import dev.cprops.connector.internal.actions.CreatePropertyAction;
import dev.cprops.connector.internal.actions.CustomApiRequestAction;
import dev.cprops.connector.internal.actions.GetCustomerAction;
import dev.cprops.connector.internal.actions.ListPropertiesAction;
import dev.cprops.connector.internal.actions.SearchCustomersAction;
import dev.cprops.connector.internal.actions.SuggestMappingAction;
import dev.cprops.connector.internal.actions.SyncPropertySchemaAction;
import dev.cprops.connector.internal.actions.UpdateCustomerAction;
import dev.cprops.connector.internal.actions.UpdatePropertyAction;
import dev.cprops.connector.internal.actions.UpsertCustomerAction;
import dev.cprops.connector.internal.context.ConnectionFields;
import dev.cprops.connector.internal.context.ConnectionSettings;
import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.internal.triggers.CustomerEventTrigger;
import dev.cprops.connector.internal.triggers.NewCustomerTrigger;
import dev.cprops.connector.internal.triggers.NewOrUpdatedCustomerTrigger;
import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.ApiException;
import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.PickList;
import dev.cprops.connector.spi.Trigger;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The customer-properties connector: vendor or partner connections to the customer-properties API.
 * Actions and triggers are registered in {@link #actions()} and {@link #triggers()}; each gets its
 * per-connection client and definitions from {@link #context(Connection)}.
 */
public final class CustomerPropertiesConnector implements Connector {
  private final UnaryOperator<ClientConfig.Builder> clientCustomizer;
  private final Clock clock;
  private final List<Action> actions;
  private final List<Trigger> triggers;
  private final List<PickList> pickLists;

  /** For {@link java.util.ServiceLoader}: the default client settings and the system clock. */
  public CustomerPropertiesConnector() {
    this(UnaryOperator.identity(), Clock.systemUTC());
  }

  /**
   * For tests and embedding.
   *
   * @param clientCustomizer adjusts each connection's client configuration (sleeper, logger, HTTP
   *     client, retry policy) after the connection's base URL and credentials are set
   * @param clock the time source of caches, rate-limit pacing, trigger defaults and webhook
   *     timestamp checks
   */
  public CustomerPropertiesConnector(
      UnaryOperator<ClientConfig.Builder> clientCustomizer, Clock clock) {
    this.clientCustomizer = Objects.requireNonNull(clientCustomizer, "clientCustomizer");
    this.clock = Objects.requireNonNull(clock, "clock");
    Function<Connection, CustomerPropertiesContext> contexts = this::context;
    this.actions =
        List.of(
            new ListPropertiesAction(contexts),
            new CreatePropertyAction(contexts),
            new UpdatePropertyAction(contexts),
            new ArchivePropertyAction(contexts),
            new SyncPropertySchemaAction(contexts),
            new GetCustomerAction(contexts),
            new SearchCustomersAction(contexts),
            new CreateCustomerAction(contexts),
            new UpdateCustomerAction(contexts),
            new UpsertCustomerAction(contexts),
            new ArchiveCustomerAction(contexts),
            new BatchUpsertCustomersAction(contexts, clock),
            new SuggestMappingAction(contexts),
            new CustomApiRequestAction(contexts));
    this.pickLists = List.of(new CountriesPickList(), new MappingTargetsPickList(contexts));
    this.triggers =
        List.of(
            new NewCustomerTrigger(contexts, clock),
            new NewOrUpdatedCustomerTrigger(contexts, clock),
            new CustomerEventTrigger(contexts, clock, CustomerEventTrigger.DEFAULT_TOLERANCE));
  }

  @Override
  public String id() {
    return "customer_properties";
  }

  @Override
  public String title() {
    return "Customer Properties";
  }

  @Override
  public List<Field> connectionFields() {
    return ConnectionFields.all();
  }

  /**
   * Makes a connection and checks its values at once (the authentication type's keys, the base URL,
   * the coercion settings), so a missing key is reported when connecting, not at the first call.
   *
   * @throws dev.cprops.connector.spi.InputException naming the field that is missing or wrong
   */
  @Override
  public Connection connect(Map<String, ?> values) {
    Connection connection = Connector.super.connect(values);
    ConnectionSettings.of(connection);
    return connection;
  }

  /**
   * The connection's client, definition cache and settings, created on first use.
   *
   * @throws dev.cprops.connector.spi.InputException if a connection value cannot be used
   */
  public CustomerPropertiesContext context(Connection connection) {
    return connection.state(
        CustomerPropertiesContext.class,
        c ->
            CustomerPropertiesContext.create(
                ConnectionSettings.of(c), c.retries(), clientCustomizer, clock));
  }

  @Override
  public void test(Connection connection) {
    CustomerPropertiesContext context = context(connection);
    boolean partner = context.client().isPartner();
    String path = partner ? "/partner/customer-properties" : "/customer-properties";
    try {
      context.client().request("GET", path, Map.of("limit", 1), null);
    } catch (AuthException e) {
      String what = partner ? "partner API key" : "public key and secret key";
      throw new AuthException(
          e.status(),
          "Connection failed: the API rejected the "
              + what
              + " (401 Unauthorized). Check them in the connection settings.");
    } catch (ApiException e) {
      if (e.status() < 400 || e.status() >= 500 || e.status() == 429) {
        throw e;
      }
      throw wrongBaseUrl(context.settings().baseUrl(), path, e);
    }
  }

  /** Where the API's routes start: the path every working base URL ends in. */
  static final String API_ROOT = "/api/v2";

  /**
   * The connection test's request was refused as no request of the API would be (a 404, or a 400
   * for a parameter every list takes): the base URL does not point at the API's root. Says what it
   * should look like, e.g. {@code http://127.0.0.1:4010/api/v2} for {@code http://127.0.0.1:4010}
   * or {@code http://127.0.0.1:4010/api/v2/customers}.
   */
  static InputException wrongBaseUrl(String baseUrl, String path, ApiException answer) {
    return new InputException(
        ConnectionFields.BASE_URL,
        baseUrl,
        "the API's root, which ends in "
            + API_ROOT
            + suggestion(baseUrl).map(url -> " (did you mean " + url + "?)").orElse("")
            + "; GET "
            + path
            + " answered "
            + withoutPrefix(answer.getMessage(), "GET " + path + ": "));
  }

  private static String withoutPrefix(String message, String prefix) {
    return message != null && message.startsWith(prefix)
        ? message.substring(prefix.length())
        : String.valueOf(message);
  }

  /** The base URL cut after its {@code /api/v2}, or with {@code /api/v2} added; empty if fine. */
  static Optional<String> suggestion(String baseUrl) {
    URI uri;
    try {
      uri = URI.create(baseUrl.trim());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
    int at = path.indexOf(API_ROOT + "/");
    String fixed;
    if (at >= 0) {
      fixed = path.substring(0, at + API_ROOT.length());
    } else if (path.endsWith(API_ROOT)) {
      return Optional.empty();
    } else {
      fixed = path + API_ROOT;
    }
    return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority() + fixed);
  }

  @Override
  public List<Action> actions() {
    return actions;
  }

  @Override
  public List<Trigger> triggers() {
    return triggers;
  }

  @Override
  public List<PickList> pickLists() {
    return pickLists;
  }
}
