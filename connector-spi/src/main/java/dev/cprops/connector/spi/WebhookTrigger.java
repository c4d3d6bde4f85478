package dev.cprops.connector.spi;

import java.util.List;
import java.util.Map;

/**
 * A trigger the app pushes to: the platform subscribes a callback URL once, then hands each
 * notification it receives to {@link #onNotification}.
 */
public non-sealed interface WebhookTrigger extends Trigger {

  /**
   * Registers the callback with the app.
   *
   * @param connection never {@code null}
   * @param input the trigger's configured input; never {@code null}
   * @param callbackUrl where the app should deliver notifications
   * @return what {@link #unsubscribe} needs later (e.g. the webhook's id and secret); the platform
   *     stores it as given
   * @throws ConnectorException on failure
   */
  Map<String, Object> subscribe(
      Connection connection, Map<String, Object> input, String callbackUrl);

  /**
   * Removes the registration made by {@link #subscribe}; succeeds if it is already gone.
   *
   * @throws ConnectorException on failure
   */
  void unsubscribe(Connection connection, Map<String, Object> subscription);

  /**
   * Verifies and parses one notification.
   *
   * @param connection never {@code null}
   * @param subscription what {@link #subscribe} returned
   * @param headers the request headers, names lower-cased
   * @param rawBody the request body exactly as received (signatures are computed over it)
   * @return the events it carries, possibly none
   * @throws AuthException if the signature is missing or wrong
   * @throws InputException if the body is not a notification
   */
  List<Map<String, Object>> onNotification(
      Connection connection,
      Map<String, Object> subscription,
      Map<String, String> headers,
      byte[] rawBody);
}
