package dev.cprops.recipes.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecipeParserTest {

  private static List<String> problems(String json) {
    RecipeException e =
        catchThrowableOfType(RecipeException.class, () -> RecipeParser.parse(json, Path.of(".")));
    assertThat(e).as("expected the recipe to be rejected").isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void parsesAFullRecipe() {
    Recipe recipe =
        RecipeParser.parse(
            """
            {"name": "sync", "trigger": {"app": "fake", "trigger": "changes", "poll_interval": "10m"},
             "steps": [{"id": "up", "app": "fake", "action": "batch", "input": {"records": "{{item}}"},
                        "for_each": "{{steps.x.rows}}", "batch_size": 100, "on_error": "continue"}]}
            """,
            Path.of("."));
    assertThat(recipe.trigger().pollInterval()).hasMinutes(10);
    Step step = recipe.steps().get(0);
    assertThat(step.batchSize()).isEqualTo(100);
    assertThat(step.onError()).isEqualTo(ErrorPolicy.CONTINUE);
    assertThat(step.loops()).isTrue();
  }

  @Test
  void rejectsConnectionsAndSecrets() {
    assertThat(
            problems(
                """
            {"name": "n", "connection": {"api_key": "x"}, "trigger": {"app": "schedule", "input": {"every": "1h"}},
             "steps": [{"id": "a", "app": "http", "action": "request",
                        "input": {"url": "u", "headers": {"Authorization": "Bearer abc"}, "query": {"page_token": "{{trigger.t}}"}}}]}
            """))
        .containsExactly(
            "connection: recipes must not hold connections; give connections in --connections FILE or RECIPE_<APP>_<FIELD> environment variables",
            "steps[0] (a).input.headers.Authorization: 'Authorization' looks like a secret, and secrets never belong in a recipe; give connections in --connections FILE or RECIPE_<APP>_<FIELD> environment variables");
  }

  @Test
  void reportsShapeProblemsTogether() {
    assertThat(
            problems(
                """
            {"trigger": {"app": "schedule", "every": "1h"},
             "steps": [{"id": "a b", "app": "log", "action": "info", "on_error": "retry", "batch_size": 5},
                       {"id": "c", "app": "log", "action": "info", "for_each": "x {{item}}"}]}
            """))
        .containsExactly(
            "name is required",
            "trigger: unknown key 'every' (expected app, input, poll_interval, trigger)",
            "steps[0].id: 'a b' may hold only letters, digits, '_' and '-'",
            "steps[0] (a b).batch_size: needs for_each: it sets how many list elements each {{item}} holds",
            "steps[0] (a b).on_error: 'retry' is not a policy; expected stop, continue or skip",
            "steps[1] (c).for_each: must be a single data pill naming a list, such as {{steps.read.rows}}");
  }

  @Test
  void notJson_isOneProblem() {
    assertThat(problems("{\"name\": "))
        .hasSize(1)
        .first()
        .asString()
        .startsWith("recipe: not valid JSON");
  }
}
