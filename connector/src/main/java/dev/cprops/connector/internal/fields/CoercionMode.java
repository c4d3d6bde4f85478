package dev.cprops.connector.internal.fields;

/** How hard the codecs try to turn a mapped value into the API's canonical form. */
public enum CoercionMode {
  /**
   * Accepts the messy forms CRM data comes in ({@code "USA"}, {@code "(415) 555-0100"}, {@code
   * "$1,200"}, {@code "03/15/2024"}, {@code "yes"}) and rewrites them into the canonical form.
   */
  LENIENT,
  /**
   * Accepts only what the API itself accepts (the left column of {@code api.md}'s "Values" table)
   * and the equivalent Java objects ({@code Boolean}, {@code Number}, {@code LocalDate}); rejects
   * everything lenient mode would have to guess.
   */
  STRICT
}
