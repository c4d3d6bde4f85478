package dev.cprops.kafka.source;

import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.PollResult;
import dev.cprops.connector.spi.PollingTrigger;
import dev.cprops.kafka.PluginVersion;
import dev.cprops.kafka.config.PluginConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the events of an SPI polling trigger. The trigger's cursor is the source offset:
 *
 * <ul>
 *   <li>the last record of a poll carries the cursor after it ({@code cursor}); the records before
 *       it carry the cursor the poll started from plus the dedup keys of the events of that poll
 *       already published ({@code seen}); so whichever record's offset was committed last, a
 *       restarted or moved task polls from there and skips exactly what was published;
 *   <li>with exactly-once source support on the worker, a poll's records and the offset after it
 *       commit in one transaction, and the task starts from the last committed one.
 * </ul>
 *
 * <p>Values carry the schema of the trigger's live output fields ({@link EventSchema}); when the
 * definitions change the schema is rebuilt under the next version, kept in the offset so versions
 * only grow.
 */
public class SpiSourceTask extends SourceTask {
  private static final Logger log = LoggerFactory.getLogger(SpiSourceTask.class);
  static final String CURSOR = "cursor";
  static final String SEEN = "seen";
  static final String SCHEMA_VERSION = "schema_version";
  static final String SCHEMA_FINGERPRINT = "schema_fingerprint";

  private PluginConfig config;
  private PollingTrigger trigger;
  private Connection connection;
  private Map<String, Object> input;
  private Map<String, String> partition;
  private String topic;
  private String keyField;
  private long interval;
  private int scale;
  private Set<String> include;

  private String cursor;
  private Set<String> seen = new LinkedHashSet<>();
  private EventSchema schema;
  private int schemaVersion;
  private String schemaFingerprint;
  private long nextPollAt;
  private volatile boolean stopping;

  @Override
  public String version() {
    return PluginVersion.get();
  }

  @Override
  public void start(Map<String, String> props) {
    config = PluginConfig.parse(SourceKind.INSTANCE, props);
    trigger = (PollingTrigger) config.operation();
    topic = config.getString(SourceKind.TOPIC);
    keyField = config.getString(SourceKind.KEY_FIELD);
    interval = config.getLong(SourceKind.POLL_INTERVAL_MS);
    scale = config.getInt(SourceKind.DECIMAL_SCALE);
    include = Set.copyOf(config.getList(SourceKind.FIELDS_INCLUDE));
    try {
      connection = config.connect();
      input = config.input();
    } catch (ConnectorException e) {
      throw new ConnectException("Cannot start " + config.describe() + ": " + e.getMessage(), e);
    }
    partition = partition(config);
    Map<String, Object> offset = context.offsetStorageReader().offset(partition);
    if (offset != null) {
      cursor = (String) offset.get(CURSOR);
      String seenText = (String) offset.get(SEEN);
      if (seenText != null && !seenText.isEmpty()) {
        seen.addAll(List.of(seenText.split("\n")));
      }
      Object version = offset.get(SCHEMA_VERSION);
      schemaVersion = version instanceof Number n ? n.intValue() : 0;
      schemaFingerprint = (String) offset.get(SCHEMA_FINGERPRINT);
    }
    log.info(
        "Source task started: {} from {}",
        config.describe(),
        cursor == null ? "the trigger's start" : "cursor " + cursor);
  }

  /** The source partition: one stream per connector, trigger and API. */
  static Map<String, String> partition(PluginConfig config) {
    Map<String, String> partition = new HashMap<>();
    partition.put("connector", config.connector().id());
    partition.put("trigger", config.operation().id());
    Object baseUrl = config.connectionValues().get("base_url");
    partition.put("base_url", baseUrl == null ? "" : baseUrl.toString());
    return partition;
  }

  @Override
  public List<SourceRecord> poll() throws InterruptedException {
    long wait = nextPollAt - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(Math.min(wait, 500));
      return null;
    }
    if (stopping) {
      return null;
    }
    PollResult result;
    try {
      result = trigger.poll(connection, input, cursor);
    } catch (ConnectorException e) {
      if (e.retryable()) {
        log.warn(
            "Poll failed for a passing reason, trying again in {} ms: {}",
            interval,
            e.getMessage());
        nextPollAt = System.currentTimeMillis() + interval;
        return null;
      }
      throw new ConnectException(config.describe() + " could not poll: " + e.getMessage(), e);
    }
    nextPollAt = result.canPollMore() ? 0 : System.currentTimeMillis() + interval;
    List<Map<String, Object>> events = new ArrayList<>();
    for (Map<String, Object> event : result.events()) {
      if (!seen.contains(trigger.dedupKey(event))) {
        events.add(event);
      }
    }
    List<SourceRecord> records = new ArrayList<>(events.size());
    String nextCursor = result.nextCursor() != null ? result.nextCursor() : cursor;
    for (int i = 0; i < events.size(); i++) {
      Map<String, Object> event = events.get(i);
      boolean last = i == events.size() - 1;
      seen.add(trigger.dedupKey(event));
      Object value = struct(event);
      Map<String, Object> offset = new HashMap<>();
      if (last && !Objects.equals(nextCursor, cursor)) {
        offset.put(CURSOR, nextCursor);
        offset.put(SEEN, "");
      } else {
        offset.put(CURSOR, cursor);
        offset.put(SEEN, String.join("\n", seen));
      }
      offset.put(SCHEMA_VERSION, schemaVersion);
      offset.put(SCHEMA_FINGERPRINT, schemaFingerprint);
      Object key = event.get(keyField);
      records.add(
          new SourceRecord(
              partition,
              offset,
              topic,
              null,
              Schema.OPTIONAL_STRING_SCHEMA,
              key == null ? null : key.toString(),
              schema.schema(),
              value,
              null));
    }
    if (!Objects.equals(nextCursor, cursor)) {
      cursor = nextCursor;
      seen = new LinkedHashSet<>();
    }
    return records.isEmpty() ? null : records;
  }

  private Object struct(Map<String, Object> event) {
    if (schema == null) {
      refreshSchema();
    }
    try {
      return schema.toStruct(event);
    } catch (EventSchema.UnknownFieldException e) {
      log.info("Definitions changed ({}); rebuilding the schema", e.getMessage());
      refreshSchema();
      return schema.toStruct(event);
    }
  }

  private void refreshSchema() {
    String name = "dev.cprops." + config.connector().id() + "." + trigger.id();
    EventSchema built = EventSchema.of(name, 1, trigger.outputFields(connection), include, scale);
    if (!built.fingerprint().equals(schemaFingerprint)) {
      schemaVersion++;
      schemaFingerprint = built.fingerprint();
    }
    schema = built.withVersion(Math.max(schemaVersion, 1));
  }

  @Override
  public void stop() {
    stopping = true;
  }
}
