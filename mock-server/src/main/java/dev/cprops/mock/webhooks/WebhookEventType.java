package dev.cprops.mock.webhooks;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The events a webhook can subscribe to. {@code .deleted} is sent when an item is archived. */
public enum WebhookEventType {
  CUSTOMER_CREATED("customer.created"),
  CUSTOMER_UPDATED("customer.updated"),
  CUSTOMER_DELETED("customer.deleted"),
  CUSTOMER_PROPERTY_CREATED("customer_property.created"),
  CUSTOMER_PROPERTY_UPDATED("customer_property.updated"),
  CUSTOMER_PROPERTY_DELETED("customer_property.deleted");

  /** The API names, comma-separated, for error messages. */
  static final String ALL =
      Arrays.stream(values()).map(WebhookEventType::apiName).collect(Collectors.joining(", "));

  private final String apiName;

  WebhookEventType(String apiName) {
    this.apiName = apiName;
  }

  public String apiName() {
    return apiName;
  }

  public static Optional<WebhookEventType> fromApiName(String apiName) {
    return Arrays.stream(values()).filter(t -> t.apiName.equals(apiName)).findFirst();
  }
}
