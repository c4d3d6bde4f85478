package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.CustomerPropertiesClient;
import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.internal.fields.AutoMapper;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Inputs;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * {@code batch_upsert_customers}: upserts a list of records (e.g. CRM rows), auto-mapped or mapped
 * explicitly, with bounded concurrency paced by the rate-limit headers; one result per record (see
 * {@link BatchUpserter}, {@link RateLimitGovernor}).
 */
public final class BatchUpsertCustomersAction extends CustomerPropertiesAction {
  /**
   * The pick list of what a column may be mapped onto (customer fields and the properties the
   * connection may write), named by the {@code mapping} field.
   */
  public static final String MAPPING_TARGETS = "mapping_targets";

  static final int DEFAULT_CONCURRENCY = 8;
  static final int MAX_CONCURRENCY = 32;

  private final Clock clock;

  public BatchUpsertCustomersAction(
      Function<Connection, CustomerPropertiesContext> contexts, Clock clock) {
    super(contexts);
    this.clock = clock;
  }

  @Override
  public String id() {
    return "batch_upsert_customers";
  }

  @Override
  public String title() {
    return "Create or update customers in batch";
  }

  @Override
  public String help() {
    return "Creates or updates many customers at once. Columns are matched to fields and"
        + " properties by name or label (or by your mapping); values are converted to the API's"
        + " form. Customers already holding every value are not written. Each record gets its own"
        + " result, and a bad record never stops the others.";
  }

  @Override
  public List<Field> inputFields(Connection connection) {
    return List.of(
        Field.builder("records", FieldType.ARRAY)
            .label("Records")
            .of(FieldType.OBJECT)
            .optional(false)
            .hint("A list of rows, e.g. CRM accounts; any column names.")
            .build(),
        Field.builder("match_by", FieldType.STRING)
            .label("Match by")
            .controlType(ControlType.SELECT)
            .options(MatchBy.options())
            .hint("Default: customer key.")
            .build(),
        Field.builder("auto_map", FieldType.BOOLEAN)
            .label("Auto-map columns")
            .controlType(ControlType.CHECKBOX)
            .hint(
                "Match columns to properties by api_name or label, ignoring case and spaces."
                    + " Default: yes.")
            .build(),
        Field.builder("mapping", FieldType.OBJECT)
            .label("Column mapping")
            .controlType(ControlType.KEY_VALUE)
            .pickList(MAPPING_TARGETS)
            .hint(
                "Column name to email, name, customer_key, partner_key or a property api_name"
                    + " (the values of the pick list "
                    + MAPPING_TARGETS
                    + "); overrides auto-map.")
            .build(),
        CustomerInputs.partnerKey(true),
        Field.builder("concurrency", FieldType.INTEGER)
            .label("Concurrency")
            .hint(
                "Records written at once, 1 to "
                    + MAX_CONCURRENCY
                    + "; default "
                    + DEFAULT_CONCURRENCY
                    + ". Slows down by itself near the rate limit.")
            .build());
  }

  @Override
  public List<Field> outputFields(Connection connection) {
    return List.of(
        count("total"),
        count("created"),
        count("updated"),
        count("unchanged"),
        count("failed"),
        Field.builder("unmapped_columns", FieldType.ARRAY)
            .label("Unmapped columns")
            .of(FieldType.STRING)
            .build(),
        Field.builder("results", FieldType.ARRAY)
            .label("Results")
            .of(FieldType.OBJECT)
            .properties(
                List.of(
                    Field.builder("index", FieldType.INTEGER).label("Record index").build(),
                    text("status", "Status"),
                    text("customer_key", "Customer key"),
                    text("email", "Email"),
                    text("key", "Customer ID"),
                    Field.builder("changed", FieldType.ARRAY)
                        .label("Changed fields")
                        .of(FieldType.STRING)
                        .build(),
                    text("error", "Error"),
                    text("error_field", "Field at fault"),
                    text("error_value", "Value at fault"),
                    text("error_expected", "Expected"),
                    Field.builder("retryable", FieldType.BOOLEAN)
                        .label("Worth retrying")
                        .hint("The failure may go away later (429, 5xx, a broken connection).")
                        .build(),
                    Field.builder("error_status", FieldType.INTEGER)
                        .label("HTTP status of the failure")
                        .build(),
                    Field.builder("retry_after_ms", FieldType.INTEGER)
                        .label("Retry after (ms)")
                        .hint("How long the API asked to wait, when it said.")
                        .build()))
            .build());
  }

  @Override
  public Map<String, Object> sampleOutput() {
    Map<String, Object> failed = new LinkedHashMap<>();
    failed.put("index", 1);
    failed.put("status", "failed");
    failed.put("customer_key", "acct_43");
    failed.put("changed", List.of());
    failed.put(
        "error", "meta.mrr: '12abc' is not valid; expected an amount in USD such as 1200.50");
    failed.put("error_field", "meta.mrr");
    failed.put("error_value", "12abc");
    failed.put("error_expected", "an amount in USD such as 1200.50");
    failed.put("retryable", false);
    failed.put("error_status", null);
    failed.put("retry_after_ms", null);
    Map<String, Object> updated = new LinkedHashMap<>();
    updated.put("index", 0);
    updated.put("status", "updated");
    updated.put("customer_key", "acct_42");
    updated.put("key", "cus_8Jd2kLm");
    updated.put("changed", List.of("meta.mrr"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", 2);
    out.put("created", 0);
    out.put("updated", 1);
    out.put("unchanged", 0);
    out.put("failed", 1);
    out.put("unmapped_columns", List.of());
    out.put("results", List.of(updated, failed));
    return out;
  }

  @Override
  public Map<String, Object> execute(Connection connection, Map<String, Object> input) {
    Object raw = input.get("records");
    if (!(raw instanceof List<?> records)) {
      throw new InputException(
          "records", raw == null ? null : Inputs.shown(raw), "a list of records (objects)");
    }
    BatchUpserter batch = batch(connection, input);
    AtomicReferenceArray<RecordResult> results = new AtomicReferenceArray<>(records.size());
    BatchSummary summary = batch.run(new RecordIterator(records), r -> results.set(r.index(), r));
    List<Map<String, Object>> items = new ArrayList<>(records.size());
    for (int i = 0; i < results.length(); i++) {
      items.add(results.get(i).toMap());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", summary.total());
    out.put("created", summary.created());
    out.put("updated", summary.updated());
    out.put("unchanged", summary.unchanged());
    out.put("failed", summary.failed());
    out.put("unmapped_columns", summary.unmappedColumns());
    out.put("results", items);
    return out;
  }

  /**
   * The batch this input describes on this connection, for callers that stream records themselves
   * (e.g. from a file): {@code records} in the input is ignored.
   *
   * @throws InputException if an option cannot be used
   */
  public BatchUpserter batch(Connection connection, Map<String, Object> input) {
    CustomerPropertiesContext context = context(connection);
    MatchBy matchBy = MatchBy.parse("match_by", Inputs.string(input, "match_by").orElse(null));
    int concurrency = Inputs.integer(input, "concurrency", DEFAULT_CONCURRENCY, 1, MAX_CONCURRENCY);
    boolean autoMap = Inputs.bool(input, "auto_map", true);
    Map<String, Object> mapping = Inputs.object(input, "mapping");
    LiveProperties live = live(connection);
    RecordMapper mapper;
    if (autoMap) {
      Map<String, String> overrides = new HashMap<>();
      mapping.forEach((k, v) -> overrides.put(k, v == null ? "" : v.toString().strip()));
      new ExplicitMapper(mapping, live.definitions());
      mapper = AutoMapper.of(live.definitions(), overrides)::map;
    } else {
      if (mapping.isEmpty()) {
        throw new InputException(
            "mapping",
            null,
            "a column mapping when auto-map is off, e.g. Account ID -> customer_key");
      }
      mapper = new ExplicitMapper(mapping, live.definitions());
    }
    CustomerPropertiesClient client = context.client();
    RateLimitGovernor governor =
        new RateLimitGovernor(
            client::rateLimit,
            clock,
            client.config().sleeper(),
            concurrency,
            client.config().retryListener());
    CustomerUpserter upserter =
        new CustomerUpserter(new CustomerRoutes(client, governor), live.types());
    return new BatchUpserter(
        upserter,
        mapper,
        live.coercer(),
        matchBy,
        Inputs.string(input, CustomerInputs.PARTNER_KEY).orElse(null),
        concurrency);
  }

  private static Field count(String name) {
    return Field.builder(name, FieldType.INTEGER)
        .label(Character.toUpperCase(name.charAt(0)) + name.substring(1))
        .build();
  }

  private static Field text(String name, String label) {
    return Field.builder(name, FieldType.STRING).label(label).build();
  }
}
