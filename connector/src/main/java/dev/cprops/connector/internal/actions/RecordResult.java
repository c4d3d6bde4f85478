package dev.cprops.connector.internal.actions;

import dev.cprops.connector.spi.ApiException;
import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.RateLimitException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch did with one record: its status, the customer it touched, and for a failure the
 * reason, naming the field, the value and the expected form where one value was at fault.
 *
 * @param index the record's 0-based position in the input
 * @param status created, updated, unchanged or failed
 * @param customerKey the record's customer key, or {@code null}
 * @param email the record's email, or {@code null}
 * @param key the server's key of the customer written or matched, or {@code null}
 * @param changed the paths written; empty when unchanged or failed
 * @param error why it failed (every problem of the record), or {@code null}
 * @param errorField the field at fault ({@code meta.mrr}), or {@code null}
 * @param errorValue the value at fault, or {@code null}
 * @param errorExpected what that field expects, or {@code null}
 * @param retryable whether the failure may go away if the record is written again later (429, 5xx,
 *     a broken connection); {@code false} for a success
 * @param errorStatus the HTTP status of a failure the API answered, or {@code null}
 * @param retryAfterMillis how long the API asked to wait before trying again, or {@code null}
 */
public record RecordResult(
    int index,
    UpsertStatus status,
    String customerKey,
    String email,
    String key,
    List<String> changed,
    String error,
    String errorField,
    String errorValue,
    String errorExpected,
    boolean retryable,
    Integer errorStatus,
    Long retryAfterMillis) {

  public RecordResult {
    changed = List.copyOf(changed);
  }

  static RecordResult of(int index, UpsertRequest request, UpsertOutcome outcome) {
    return new RecordResult(
        index,
        outcome.status(),
        request.customerKey(),
        request.email(),
        outcome.customer().key(),
        outcome.changed(),
        null,
        null,
        null,
        null,
        false,
        null,
        null);
  }

  static RecordResult failed(int index, String customerKey, String email, RuntimeException e) {
    String field = null;
    String value = null;
    String expected = null;
    Integer status = e instanceof ApiException api ? api.status() : null;
    Long retryAfter =
        e instanceof RateLimitException limit && limit.retryAfter() != null
            ? limit.retryAfter().toMillis()
            : null;
    if (e instanceof InputException input) {
      field = input.field();
      value = input.value();
      expected = input.expected();
    } else if (e instanceof ApiException api && !api.fieldErrors().isEmpty()) {
      field = api.fieldErrors().get(0).field();
    }
    String message =
        e instanceof ConnectorException
            ? e.getMessage()
            : "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage();
    return new RecordResult(
        index,
        UpsertStatus.FAILED,
        customerKey,
        email,
        null,
        List.of(),
        message,
        field,
        value,
        expected,
        e instanceof ConnectorException c && c.retryable(),
        status,
        retryAfter);
  }

  /** As an action's output item. */
  public Map<String, Object> toMap() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("index", index);
    out.put("status", status.apiName());
    out.put("customer_key", customerKey);
    out.put("email", email);
    out.put("key", key);
    out.put("changed", changed);
    if (error != null) {
      out.put("error", error);
      out.put("error_field", errorField);
      out.put("error_value", errorValue);
      out.put("error_expected", errorExpected);
      out.put("retryable", retryable);
      out.put("error_status", errorStatus);
      out.put("retry_after_ms", retryAfterMillis);
    }
    return out;
  }
}
