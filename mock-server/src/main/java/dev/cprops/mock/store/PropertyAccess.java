package dev.cprops.mock.store;

import java.util.Arrays;
import java.util.Optional;

/** Who sees and edits a property's values (the four access levels of the help article). */
public enum PropertyAccess {
  /** Partners see and edit the value. */
  EDITABLE("editable"),
  /** Partners see the value but cannot edit it. */
  READ_ONLY("read_only"),
  /** Partners do not see the property. */
  HIDDEN("hidden"),
  /** Only the vendor API sees the property: it exists for integrations. */
  HIDDEN_EVERYWHERE("hidden_everywhere");

  private final String apiName;

  PropertyAccess(String apiName) {
    this.apiName = apiName;
  }

  public String apiName() {
    return apiName;
  }

  /** Whether partners see the property and its values. */
  public boolean visibleToPartners() {
    return this == EDITABLE || this == READ_ONLY;
  }

  public static Optional<PropertyAccess> fromApiName(String apiName) {
    return Arrays.stream(values()).filter(a -> a.apiName.equals(apiName)).findFirst();
  }
}
