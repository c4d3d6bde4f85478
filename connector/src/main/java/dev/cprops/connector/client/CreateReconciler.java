package dev.cprops.connector.client;

import dev.cprops.connector.internal.json.JsonObject;
import dev.cprops.connector.spi.ApiException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Settles a create whose earlier attempt's answer was lost and whose retry met {@code 409}: the
 * earlier attempt probably created the record. The record is read back; if it matches what was
 * sent, it is the create's result, otherwise the conflict is real and reported.
 */
final class CreateReconciler {
  private CreateReconciler() {}

  /**
   * @param exchange the create's final answer
   * @param sent the create's body
   * @param uniqueKey how the record is named in messages, e.g. {@code "customer_key 'acct_42'"}
   * @param readBack reads the stored record (its {@code data} object)
   * @return the stored record when the create is settled by it, or {@code null} when the exchange
   *     needs no reconciliation (the caller then handles it as usual)
   * @throws ApiException (409) when the stored record differs or cannot be read
   */
  public static JsonObject reconcile(
      Exchange exchange, Object sent, String uniqueKey, Supplier<JsonObject> readBack) {
    if (exchange.result().status() != 409 || !exchange.outcomeUnknown()) {
      return null;
    }
    String prefix =
        exchange.label()
            + ": 409 "
            + uniqueKey
            + " already exists; an earlier attempt's answer was lost";
    JsonObject stored;
    try {
      stored = readBack.get();
    } catch (ApiException e) {
      throw new ApiException(
          409, prefix + ", and reading it back failed: " + e.getMessage(), List.of());
    }
    List<String> differences = ValueEquivalence.differences(sent, stored.asMap());
    if (differences.isEmpty()) {
      return stored;
    }
    throw new ApiException(
        409,
        prefix
            + ", but the existing record differs from this request: "
            + String.join("; ", differences),
        List.of());
  }
}
