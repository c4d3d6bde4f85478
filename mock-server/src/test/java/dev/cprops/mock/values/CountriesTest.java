package dev.cprops.mock.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every country of {@link Locale#getISOCountries()}, by code and by name, in any case. */
class CountriesTest {

  @Test
  void everyIsoCountry_canonicalizesToItsEnglishName_fromCodeOrName() {
    for (String code : Locale.getISOCountries()) {
      String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);

      assertThat(Countries.canonicalize(code)).as(code).isEqualTo(name);
      assertThat(Countries.canonicalize(code.toLowerCase(Locale.ROOT))).as(code).isEqualTo(name);
      assertThat(Countries.canonicalize(name)).as(name).isEqualTo(name);
      assertThat(Countries.canonicalize(name.toUpperCase(Locale.ROOT))).as(name).isEqualTo(name);
      assertThat(Countries.canonicalize(name.toLowerCase(Locale.ROOT))).as(name).isEqualTo(name);
    }
  }

  @Test
  void everyIsoCountry_hasItsOwnName() {
    Set<String> names = new HashSet<>();
    Arrays.stream(Locale.getISOCountries())
        .map(
            code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT))
        .forEach(names::add);

    assertThat(names).hasSize(Locale.getISOCountries().length);
  }
}
