package dev.cprops.connector;

import dev.cprops.connector.client.PropertyDefinition;
import dev.cprops.connector.internal.actions.BatchUpsertCustomersAction;
import dev.cprops.connector.internal.actions.LiveProperties;
import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.internal.fields.PropertyFields;
import dev.cprops.connector.internal.fields.ReservedField;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.PickList;
import dev.cprops.connector.spi.PickOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * What a column of {@code batch_upsert_customers} may be mapped onto, for the connection: the
 * customer's own fields ({@code email}, {@code name}, {@code customer_key}, {@code partner_key}),
 * then each property the connection may write, by {@code api_name} and as {@code meta.<api_name>}
 * (a partner connection gets only {@code editable} properties: the others it cannot write, or
 * cannot see). Read live through the connection's definition cache; empty without a connection.
 */
final class MappingTargetsPickList implements PickList {
  private final Function<Connection, CustomerPropertiesContext> contexts;

  MappingTargetsPickList(Function<Connection, CustomerPropertiesContext> contexts) {
    this.contexts = contexts;
  }

  @Override
  public String name() {
    return BatchUpsertCustomersAction.MAPPING_TARGETS;
  }

  @Override
  public List<PickOption> options(Connection connection) {
    if (connection == null) {
      return List.of();
    }
    List<PickOption> options = new ArrayList<>();
    for (ReservedField field : ReservedField.values()) {
      options.add(new PickOption("Customer " + field.apiName(), field.apiName()));
    }
    LiveProperties live = LiveProperties.load(contexts.apply(connection));
    List<PickOption> prefixed = new ArrayList<>();
    live.definitions().stream()
        .filter(d -> !d.archived() && live.kind().writes(d.access()))
        .sorted(
            Comparator.comparingInt(PropertyDefinition::position)
                .thenComparing(PropertyDefinition::label))
        .forEach(
            d -> {
              options.add(new PickOption(d.label(), d.apiName()));
              String meta = PropertyFields.META + "." + d.apiName();
              prefixed.add(new PickOption(d.label() + " (" + meta + ")", meta));
            });
    options.addAll(prefixed);
    return List.copyOf(options);
  }
}
