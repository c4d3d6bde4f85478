package dev.cprops.connector.internal.actions;

import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.ApiException;
import dev.cprops.connector.spi.Connection;
import java.util.Objects;
import java.util.function.Function;

/**
 * What every customer-properties action shares: the way to its connection's context, and one retry
 * with fresh property definitions when the server reports an unknown property (someone added,
 * renamed or archived one since they were loaded).
 */
public abstract class CustomerPropertiesAction implements Action {
  private final Function<Connection, CustomerPropertiesContext> contexts;

  /**
   * @param contexts gives each connection's context (client, definition cache, settings)
   */
  protected CustomerPropertiesAction(Function<Connection, CustomerPropertiesContext> contexts) {
    this.contexts = Objects.requireNonNull(contexts, "contexts");
  }

  protected CustomerPropertiesContext context(Connection connection) {
    return contexts.apply(connection);
  }

  /** The connection's current property definitions, codecs and fields. */
  protected LiveProperties live(Connection connection) {
    return LiveProperties.load(context(connection));
  }

  /**
   * Runs {@code body} with the current definitions; if the server answers {@code unknown_property},
   * reloads them and runs it once more (the coercer then names the property that is gone).
   */
  protected <T> T withLiveProperties(Connection connection, Function<LiveProperties, T> body) {
    CustomerPropertiesContext context = context(connection);
    try {
      return body.apply(LiveProperties.load(context));
    } catch (ApiException e) {
      if (context.definitions().invalidateIfUnknownProperty(e)) {
        return body.apply(LiveProperties.load(context));
      }
      throw e;
    }
  }
}
