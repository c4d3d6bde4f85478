package dev.cprops.connector.client;

/**
 * One entry of a customer's {@code fields}: a property value with its definition's main attributes,
 * as the API names them.
 *
 * @param apiName the property's {@code api_name}
 * @param label the property's label
 * @param type the property type's API name, e.g. {@code "dropdown"}
 * @param access the access level's API name, e.g. {@code "editable"}
 * @param value the value as the API returned it ({@code String}, {@code Boolean}, {@code
 *     java.math.BigDecimal} or {@code null})
 */
public record CustomerField(
    String apiName, String label, String type, String access, Object value) {}
