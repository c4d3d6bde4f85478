package dev.cprops.connector.client;

import java.util.Arrays;
import java.util.Optional;

/** Who may see and edit a customer property, with the API's names. */
public enum PropertyAccess {
  /** Partners can view and edit the value. */
  EDITABLE("editable"),
  /** Partners can view the value but not edit it. */
  READ_ONLY("read_only"),
  /** Partners do not see the property. */
  HIDDEN("hidden"),
  /** Nobody sees it in the dashboard; it exists for integrations. */
  HIDDEN_EVERYWHERE("hidden_everywhere");

  private final String apiName;

  PropertyAccess(String apiName) {
    this.apiName = apiName;
  }

  /** The name the API uses, e.g. {@code "read_only"}. */
  public String apiName() {
    return apiName;
  }

  /** The access level with that API name, or empty for an unknown one. */
  public static Optional<PropertyAccess> fromApiName(String apiName) {
    return Arrays.stream(values()).filter(a -> a.apiName.equals(apiName)).findFirst();
  }
}
