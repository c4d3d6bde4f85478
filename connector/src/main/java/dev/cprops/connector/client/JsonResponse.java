package dev.cprops.connector.client;

import java.util.List;
import java.util.Map;

/**
 * The answer to a raw {@link CustomerPropertiesClient#request request}.
 *
 * @param status the HTTP status (always 2xx: errors are thrown)
 * @param headers response headers, names lower-cased
 * @param body the parsed JSON body (maps, lists, strings, booleans, {@code java.math.BigDecimal},
 *     {@code null}); {@code null} when the body was empty
 */
public record JsonResponse(int status, Map<String, List<String>> headers, Object body) {}
