package dev.cprops.connector.internal.fields;

import dev.cprops.connector.client.PropertyType;

/**
 * A country ({@code country}). The wire value is the ISO 3166-1 alpha-2 code (which the API accepts
 * in any case); the API returns the English name, which stays the datapill ({@link
 * Countries#alpha2(String)} turns it back into a code).
 *
 * <p>Lenient: an alpha-2 or alpha-3 code, an English name, or a common alias ({@code USA}, {@code
 * U.S.}, {@code UK}, {@code Holland}, {@code Ivory Coast}, {@code Korea, Republic of}, ...), in any
 * case, ignoring accents, spaces and punctuation; a blank clears. Strict: what the API accepts, an
 * alpha-2 code or the exact English name in any case. Immutable and thread-safe.
 */
public final class CountryCodec extends ScalarCodec {
  private static final String EXPECTED =
      "an ISO 3166-1 alpha-2 code such as US or an English country name such as United States";

  public CountryCodec(CoercionSettings settings) {
    super(PropertyType.COUNTRY, settings);
  }

  @Override
  public String expected() {
    return EXPECTED;
  }

  @Override
  Object coerce(String field, Object mapped) {
    if (mapped instanceof String s) {
      return lenient ? Countries.lenientCode(s) : Countries.strictCode(s);
    }
    return null;
  }

  @Override
  public Object fromApi(Object apiValue) {
    return apiValue == null ? null : apiValue.toString();
  }
}
