package dev.cprops.connector;

import dev.cprops.connector.internal.fields.Countries;
import dev.cprops.connector.internal.fields.PropertyFields;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.PickList;
import dev.cprops.connector.spi.PickOption;
import java.util.List;

/** Every ISO 3166-1 country: its English name as label, its alpha-2 code as value. */
final class CountriesPickList implements PickList {

  @Override
  public String name() {
    return PropertyFields.COUNTRIES;
  }

  @Override
  public List<PickOption> options(Connection connection) {
    return Countries.pickOptions();
  }
}
