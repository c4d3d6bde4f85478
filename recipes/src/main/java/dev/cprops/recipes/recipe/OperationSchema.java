package dev.cprops.recipes.recipe;

import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Field;
import java.util.List;

/**
 * The input and output fields of one action or trigger as the validator sees them.
 *
 * @param inputs the input fields
 * @param outputs the output fields
 * @param complete whether they are the whole schema (read with a connection, or from an app that
 *     needs none), so that a pill naming a missing output field is an error
 * @param connection the connection they were read with, or {@code null}
 */
record OperationSchema(
    List<Field> inputs, List<Field> outputs, boolean complete, Connection connection) {}
