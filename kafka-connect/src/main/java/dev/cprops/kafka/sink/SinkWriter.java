package dev.cprops.kafka.sink;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.ApiException;
import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.RateLimitException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a batch of sink records through an SPI action and returns only when every record is
 * written or rejected: rejected records (bad data) go to the {@link RejectedRecords}; records that
 * failed for a passing reason are tried again ({@link Retries}) and, when attempts run out, the
 * whole batch is handed back to Connect as a {@link RetriableException} (writes are upserts, so
 * redelivering records already written changes nothing).
 *
 * <p>Records of the same customer in one batch are written in waves (the first record of each
 * customer, then the second, ...), so the latest one always lands last even though a batch action
 * writes records concurrently.
 */
final class SinkWriter {
  private static final Logger log = LoggerFactory.getLogger(SinkWriter.class);

  private final Action action;
  private final Connection connection;
  private final Map<String, Object> baseInput;
  private final String recordsField;
  private final String keyColumn;
  private final Retries retries;
  private final RejectedRecords rejected;
  private final AtomicLong written = new AtomicLong();

  /**
   * @param recordsField the action's input taking the rows, or {@code null} to run the action once
   *     per record
   */
  SinkWriter(
      Action action,
      Connection connection,
      Map<String, Object> baseInput,
      String recordsField,
      String keyColumn,
      Retries retries,
      RejectedRecords rejected) {
    this.action = action;
    this.connection = connection;
    this.baseInput = Map.copyOf(baseInput);
    this.recordsField = recordsField;
    this.keyColumn = keyColumn;
    this.retries = retries;
    this.rejected = rejected;
  }

  /** How many records this writer wrote (created, updated or found unchanged). */
  long written() {
    return written.get();
  }

  /**
   * Writes the records.
   *
   * @throws RetriableException when records kept failing for a passing reason
   * @throws ConnectException when the connection or the configuration is at fault (not a record)
   */
  void write(Collection<SinkRecord> records) {
    List<Row> rows = new ArrayList<>(records.size());
    for (SinkRecord record : records) {
      try {
        rows.add(new Row(record, RecordValues.toRow(record, keyColumn)));
      } catch (RejectedRecordException e) {
        rejected.report(record, e);
      }
    }
    for (List<Row> wave : waves(rows)) {
      writeWave(wave);
    }
  }

  private List<List<Row>> waves(List<Row> rows) {
    List<List<Row>> waves = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Row row : rows) {
      Object key = row.values().get(keyColumn);
      int wave = key == null ? 0 : seen.merge(key.toString(), 1, Integer::sum) - 1;
      while (waves.size() <= wave) {
        waves.add(new ArrayList<>());
      }
      waves.get(wave).add(row);
    }
    return waves;
  }

  private void writeWave(List<Row> wave) {
    List<Row> todo = wave;
    for (int attempt = 1; ; attempt++) {
      Attempt result = recordsField != null ? runBatch(todo) : runEach(todo);
      if (result.retry.isEmpty()) {
        return;
      }
      if (attempt >= retries.attempts()) {
        throw new RetriableException(
            result.retry.size()
                + " record(s) could not be written after "
                + attempt
                + " attempts; Connect will deliver the batch again. Last failure: "
                + result.lastError);
      }
      Duration wait = retries.backoff(attempt, result.retryAfter);
      log.info(
          "{} record(s) failed for a passing reason ({}); attempt {} of {} in {} ms",
          result.retry.size(),
          result.lastError,
          attempt + 1,
          retries.attempts(),
          wait.toMillis());
      retries.sleep(wait);
      todo = result.retry;
    }
  }

  private Attempt runBatch(List<Row> rows) {
    Map<String, Object> input = new LinkedHashMap<>(baseInput);
    List<Object> values = new ArrayList<>(rows.size());
    rows.forEach(r -> values.add(r.values()));
    input.put(recordsField, values);
    Attempt attempt = new Attempt();
    Map<String, Object> output;
    try {
      output = action.execute(connection, input);
    } catch (ConnectorException e) {
      failWhole(e, rows, attempt);
      return attempt;
    }
    Object results = output.get("results");
    if (!(results instanceof List<?> list)) {
      written.addAndGet(rows.size());
      return attempt;
    }
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> result) || !(result.get("index") instanceof Number index)) {
        continue;
      }
      Row row = rows.get(index.intValue());
      if (!"failed".equals(result.get("status"))) {
        written.incrementAndGet();
        continue;
      }
      String error = String.valueOf(result.get("error"));
      Object status = result.get("error_status");
      if (Boolean.TRUE.equals(result.get("retryable"))) {
        attempt.retry(row, error, millis(result.get("retry_after_ms")));
      } else if (status instanceof Number n && n.intValue() == 401) {
        throw new ConnectException("The API rejected the connection's credentials (401): " + error);
      } else {
        Object field = result.get("error_field");
        rejected.report(
            row.record(),
            new RejectedRecordException(field == null ? "" : field.toString(), error));
      }
    }
    return attempt;
  }

  private Attempt runEach(List<Row> rows) {
    Attempt attempt = new Attempt();
    for (Row row : rows) {
      Map<String, Object> input = new LinkedHashMap<>(baseInput);
      input.putAll(row.values());
      try {
        action.execute(connection, input);
        written.incrementAndGet();
      } catch (ConnectorException e) {
        if (e.retryable()) {
          attempt.retry(row, e.getMessage(), retryAfter(e));
        } else if (e instanceof AuthException auth && auth.status() == 401) {
          throw new ConnectException(e.getMessage(), e);
        } else if (e instanceof InputException bad) {
          rejected.report(row.record(), new RejectedRecordException(bad.field(), e.getMessage()));
        } else if (e instanceof ApiException api) {
          String field = api.fieldErrors().isEmpty() ? "" : api.fieldErrors().get(0).field();
          rejected.report(row.record(), new RejectedRecordException(field, e.getMessage()));
        } else {
          throw new ConnectException(action.id() + " failed: " + e.getMessage(), e);
        }
      }
    }
    return attempt;
  }

  private void failWhole(ConnectorException e, List<Row> rows, Attempt attempt) {
    if (e.retryable()) {
      rows.forEach(r -> attempt.retry(r, e.getMessage(), retryAfter(e)));
      return;
    }
    if (e instanceof InputException) {
      throw new ConnectException(
          "The action "
              + action.id()
              + " refused the configured input: "
              + e.getMessage()
              + ". Fix the input.* settings of the connector.",
          e);
    }
    throw new ConnectException(action.id() + " failed: " + e.getMessage(), e);
  }

  private static Duration retryAfter(ConnectorException e) {
    return e instanceof RateLimitException limit ? limit.retryAfter() : null;
  }

  private static Duration millis(Object value) {
    return value instanceof Number n ? Duration.ofMillis(n.longValue()) : null;
  }

  private record Row(SinkRecord record, Map<String, Object> values) {}

  private static final class Attempt {
    final List<Row> retry = new ArrayList<>();
    Duration retryAfter;
    String lastError;

    void retry(Row row, String error, Duration after) {
      retry.add(row);
      lastError = error;
      if (after != null && (retryAfter == null || after.compareTo(retryAfter) > 0)) {
        retryAfter = after;
      }
    }
  }
}
