package dev.cprops.connector;

import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.PickList;
import dev.cprops.connector.spi.PickOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Every ISO 3166-1 country: its English name as label, its alpha-2 code as value. */
final class CountriesPickList implements PickList {
  private static final List<PickOption> OPTIONS =
      Arrays.stream(Locale.getISOCountries())
          .map(code -> new PickOption(new Locale("", code).getDisplayCountry(Locale.ENGLISH), code))
          .sorted(Comparator.comparing(PickOption::label))
          .toList();

  @Override
  public String name() {
    return "countries";
  }

  @Override
  public List<PickOption> options(Connection connection) {
    return OPTIONS;
  }
}
