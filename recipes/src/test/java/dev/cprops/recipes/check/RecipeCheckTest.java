package dev.cprops.recipes.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.recipes.apps.BuiltinApps;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.recipe.Location;
import dev.cprops.recipes.recipe.Problem;
import dev.cprops.recipes.recipe.RecipeParser;
import dev.cprops.recipes.recipe.Validation;
import dev.cprops.recipes.runner.AppRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The check as an editor uses it: each problem placed at a step and an input key. */
class RecipeCheckTest {
  private static final AppRegistry APPS =
      AppRegistry.load(BuiltinApps.create(new PrintWriter(new StringWriter()), Clock.systemUTC()));

  @Test
  void problemsCarryTheirStep_field_andKind() {
    String recipe =
        """
        {"name": "v", "trigger": {"app": "schedule", "input": {"every": "1h"}},
         "steps": [
           {"id": "read", "app": "csv", "action": "read", "input": {"path": "in.csv", "header": "sometimes"}},
           {"id": "upsert", "app": "fake", "action": "batch",
            "input": {"records": "{{steps.read.rows}}", "extra": {"x": "{{steps.nope.y}}"}}}]}
        """;
    Validation validation;
    try (Connections connections = new Connections(Map.of(), Map.of(), List.of())) {
      validation =
          new RecipeCheck(APPS, connections).offline(RecipeParser.parse(recipe, Path.of(".")));
    }

    assertThat(validation.ok()).isFalse();
    assertThat(validation.problems())
        .extracting(Problem::where)
        .containsExactly(
            "connections.fake.api_key",
            "steps[0] (read).input.header",
            "steps[1] (upsert).input.extra.x");
    Problem missing = validation.problems().get(0);
    assertThat(missing.kind()).isEqualTo(Problem.Kind.CONNECTION);
    assertThat(missing.location()).isEqualTo(Location.connection("fake", "api_key"));

    assertThat(validation.ofStep(0)).hasSize(1);
    Problem header = validation.ofInput(0, "header").get(0);
    assertThat(header.kind()).isEqualTo(Problem.Kind.RECIPE);
    assertThat(header.location()).isEqualTo(Location.step(0, "read", "input.header"));
    assertThat(header.message())
        .isEqualTo(
            "'sometimes' is not true or false; expected true or false ('First row is a"
                + " header')");
    assertThat(validation.ofInput(1, "extra"))
        .extracting(Problem::message)
        .containsExactly("pill {{steps.nope.y}} points to unknown step 'nope'");
    assertThat(validation.has(Problem.Kind.SERVER)).isFalse();
  }
}
