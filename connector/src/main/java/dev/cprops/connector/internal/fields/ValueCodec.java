package dev.cprops.connector.internal.fields;

import dev.cprops.connector.client.PropertyType;
import dev.cprops.connector.spi.InputException;

/**
 * Converts the values of one customer property between what a recipe maps and what the API accepts,
 * and between what the API returns and the typed datapill a recipe receives. Make one with {@link
 * ValueCodecs#forDefinition}.
 *
 * <p>Contract, for every implementation:
 *
 * <ul>
 *   <li>{@code null} means "clear the value" and passes through as {@code null} in both directions.
 *       An absent key is never seen by a codec.
 *   <li>{@code ""} (or, for trimming types, only spaces) is a value for the text types ({@code
 *       input}, {@code textarea}, {@code region}): the empty string. For every other type it cannot
 *       be a value: lenient mode reads a blank as "no value" and returns {@code null} (clear),
 *       which is what an emptied CRM cell means; strict mode rejects it.
 *   <li>A value that cannot be coerced throws {@link InputException} naming the field, the value
 *       and the expected form; nothing is silently dropped, truncated or zeroed.
 *   <li>Implementations are immutable and thread-safe; the happy path throws no exceptions.
 * </ul>
 */
public interface ValueCodec {

  /** The property type this codec handles. */
  PropertyType type();

  /**
   * The API's canonical wire value for a mapped value: a {@code String}, {@code Boolean} or {@code
   * BigDecimal}, or {@code null} to clear.
   *
   * @param field the field's path for error messages, e.g. {@code "meta.mrr"}
   * @param mapped what the recipe mapped: a String, Number, Boolean, LocalDate, ... or null
   * @throws InputException if the value cannot be coerced in the configured mode
   */
  Object toApi(String field, Object mapped);

  /**
   * The typed datapill for a value the API returned: {@code String}, {@code Boolean}, {@code
   * BigDecimal} or {@code LocalDate}; {@code null} stays {@code null}.
   *
   * @throws UnexpectedApiValueException if the API returned something this type never holds
   */
  Object fromApi(Object apiValue);

  /** The expected form, as used in error messages, e.g. {@code "a number such as 1200.5"}. */
  String expected();
}
