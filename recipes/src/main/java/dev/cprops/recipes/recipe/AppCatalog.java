package dev.cprops.recipes.recipe;

import dev.cprops.connector.spi.Connector;
import java.util.List;
import java.util.Optional;

/** The apps a recipe may use, by id. */
public interface AppCatalog {

  /** The app with that id, if any. */
  Optional<Connector> find(String id);

  /** Every app id, sorted. */
  List<String> ids();
}
