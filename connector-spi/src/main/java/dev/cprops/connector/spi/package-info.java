/**
 * The contract between a connector and a platform (a recipe runner, Kafka Connect, a recipe
 * editor). This package depends on the JDK alone.
 *
 * <h2>The front door</h2>
 *
 * <ul>
 *   <li>{@link dev.cprops.connector.spi.Connector}: an app, found with {@link
 *       java.util.ServiceLoader} ({@code META-INF/services/dev.cprops.connector.spi.Connector});
 *       its {@link dev.cprops.connector.spi.Connection} fields, {@link
 *       dev.cprops.connector.spi.Action}s, {@link dev.cprops.connector.spi.PollingTrigger}s and
 *       {@link dev.cprops.connector.spi.WebhookTrigger}s, and {@link
 *       dev.cprops.connector.spi.PickList}s.
 *   <li>{@link dev.cprops.connector.spi.Field} ({@link dev.cprops.connector.spi.FieldType}, {@link
 *       dev.cprops.connector.spi.ControlType}): the schema of inputs and outputs, in Workato's
 *       vocabulary; {@link dev.cprops.connector.spi.Manifest} writes a connector as JSON.
 *   <li>Errors: one unchecked root, {@link dev.cprops.connector.spi.ConnectorException}, whose
 *       {@code retryable()} says whether trying again may help; {@link
 *       dev.cprops.connector.spi.InputException} (a field, its value and what was expected; never
 *       retried), {@link dev.cprops.connector.spi.ApiException} (status and {@link
 *       dev.cprops.connector.spi.FieldError}s), {@link dev.cprops.connector.spi.AuthException},
 *       {@link dev.cprops.connector.spi.RateLimitException} and {@link
 *       dev.cprops.connector.spi.TransientException}.
 *   <li>Retries: a connector that waits before trying a request again (a 429, a 5xx, a broken
 *       connection) or paces itself by a rate limit reports each wait, and each retried request
 *       that got its answer in the end, to {@link dev.cprops.connector.spi.Connection#retries()};
 *       the platform hears them through the {@link dev.cprops.connector.spi.RetryListener} it
 *       attached with {@link dev.cprops.connector.spi.Connection#onRetry}, to announce them as they
 *       happen and count the faults a run survived. Reporting is optional: a connector that does
 *       not report works the same, and a platform that attaches nothing hears nothing.
 *   <li>Helpers both sides use: {@link dev.cprops.connector.spi.Inputs} (typed values out of an
 *       input map) and {@link dev.cprops.connector.spi.Json} (the values below as JSON).
 * </ul>
 *
 * <h2>The values that cross the contract</h2>
 *
 * Inputs, outputs, events, sample outputs and subscriptions are {@code Map<String, Object>}s whose
 * values are only these plain Java types:
 *
 * <table>
 *   <caption>Values and their JSON form</caption>
 *   <tr><th>Java</th><th>JSON</th><th>used for</th></tr>
 *   <tr><td>{@code null}</td><td>null</td><td>"clear this value" (an absent key means "not
 *       mapped")</td></tr>
 *   <tr><td>{@code String}</td><td>string</td><td>text, e-mail, URL, phone (E.164), country
 *       (alpha-2), dropdown values, ids</td></tr>
 *   <tr><td>{@code Boolean}</td><td>true / false</td><td>checkbox</td></tr>
 *   <tr><td>{@code java.math.BigDecimal}</td><td>number</td><td>number and currency values, exact;
 *       every number read from JSON</td></tr>
 *   <tr><td>{@code Integer}, {@code Long}</td><td>number</td><td>counts and sizes</td></tr>
 *   <tr><td>{@code java.time.LocalDate}</td><td>"2026-03-15"</td><td>date values</td></tr>
 *   <tr><td>{@code java.time.Instant}, {@code OffsetDateTime}</td><td>"2026-03-15T10:00:00Z"</td>
 *       <td>timestamps</td></tr>
 *   <tr><td>{@code List}</td><td>array</td><td>multi-select values, rows, records</td></tr>
 *   <tr><td>{@code Iterable}</td><td>array</td><td>a lazy list too large to hold, e.g. rows streamed
 *       from a file: iterate it once, in order</td></tr>
 *   <tr><td>{@code Map<String, Object>}</td><td>object</td><td>nested records (keys in a stable
 *       order)</td></tr>
 * </table>
 *
 * <p>Cursors of polling triggers are {@code String}s the platform stores as given.
 *
 * <h2>Threading and nulls</h2>
 *
 * One connector instance serves every connection and thread: implementations are thread-safe. No
 * method of the contract returns {@code null} unless its documentation says so; lists are immutable
 * and may be empty.
 */
package dev.cprops.connector.spi;
