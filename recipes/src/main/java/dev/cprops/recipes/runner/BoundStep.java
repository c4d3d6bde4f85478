package dev.cprops.recipes.runner;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Connection;
import dev.cprops.recipes.recipe.Step;

/** A step with the action and connection it runs with. */
record BoundStep(Step step, Action action, Connection connection) {}
