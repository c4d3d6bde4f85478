package dev.cprops.recipes.recipe;

import dev.cprops.connector.spi.Json;
import dev.cprops.connector.spi.JsonFormatException;
import dev.cprops.recipes.pills.PillParser;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a recipe file's JSON into a {@link Recipe}, checking its shape: required keys, types,
 * unknown keys, step ids, and that it holds no connection or secret. Whether apps, actions and
 * pills exist is {@link RecipeValidator}'s job.
 */
public final class RecipeParser {
  static final String SECRETS_ADVICE =
      "give connections in --connections FILE or RECIPE_<APP>_<FIELD> environment variables";
  private static final Set<String> TOP_KEYS = Set.of("name", "description", "trigger", "steps");
  private static final Set<String> TRIGGER_KEYS =
      Set.of("app", "trigger", "input", "poll_interval");
  private static final Set<String> STEP_KEYS =
      Set.of("id", "app", "action", "input", "for_each", "batch_size", "on_error");

  private static final Pattern STEP_PATH = Pattern.compile("steps\\[(\\d+)](?:\\.(.+))?");

  private final List<Problem> problems = new ArrayList<>();

  private RecipeParser() {}

  /**
   * Parses a recipe.
   *
   * @param json the file's text
   * @param directory the file's directory (for {@code {{recipe.dir}}})
   * @throws RecipeException listing every problem found
   */
  public static Recipe parse(String json, Path directory) {
    return new RecipeParser().read(json, directory);
  }

  private Recipe read(String json, Path directory) {
    Map<String, Object> root;
    try {
      root = Json.parseObject(json);
    } catch (JsonFormatException e) {
      throw new RecipeException(
          List.of(new Problem(Location.recipe(null), "not valid JSON: " + e.getMessage())));
    }
    checkSecrets(root, "", root);
    unknownKeys(root, TOP_KEYS, Location.recipe(null));
    String name = requiredString(root, "name", Location.recipe("name"));
    TriggerSpec trigger = trigger(root.get("trigger"));
    List<Step> steps = steps(root.get("steps"));
    if (!problems.isEmpty()) {
      throw new RecipeException(problems);
    }
    return new Recipe(name, trigger, steps, directory.toAbsolutePath().normalize());
  }

  private TriggerSpec trigger(Object value) {
    if (value == null) {
      problem(
          Location.trigger(null),
          "is required: a recipe needs one, such as {\"app\": \"schedule\", \"input\": {\"every\": \"1h\"}}");
      return null;
    }
    if (!(value instanceof Map<?, ?>)) {
      problem(Location.trigger(null), "must be an object, not " + Json.kind(value));
      return null;
    }
    Map<String, Object> map = cast(value);
    unknownKeys(map, TRIGGER_KEYS, Location.trigger(null));
    String app = requiredString(map, "app", Location.trigger("app"));
    String id = optionalString(map, "trigger", Location.trigger("trigger"));
    Map<String, Object> input = object(map, "input", Location.trigger("input"));
    Duration pollInterval = TriggerSpec.DEFAULT_POLL_INTERVAL;
    String interval = optionalString(map, "poll_interval", Location.trigger("poll_interval"));
    if (interval != null) {
      try {
        pollInterval = DurationText.parse(interval);
      } catch (IllegalArgumentException e) {
        problem(Location.trigger("poll_interval"), e.getMessage());
      }
    }
    return app == null ? null : new TriggerSpec(app, id, input, pollInterval);
  }

  private List<Step> steps(Object value) {
    if (value == null) {
      problem(Location.recipe("steps"), "is required: a recipe needs at least one step");
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      problem(Location.recipe("steps"), "must be an array, not " + Json.kind(value));
      return List.of();
    }
    if (list.isEmpty()) {
      problem(Location.recipe("steps"), "empty; a recipe needs at least one step");
    }
    List<Step> steps = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      if (!(item instanceof Map<?, ?>)) {
        problem(Location.step(i, null, null), "must be an object, not " + Json.kind(item));
        continue;
      }
      Step step = step(cast(item), i, ids);
      if (step != null) {
        steps.add(step);
      }
    }
    return steps;
  }

  private Step step(Map<String, Object> map, int index, Set<String> ids) {
    Location where = Location.step(index, null, null);
    String id = requiredString(map, "id", where.at("id"));
    if (id != null) {
      if (!id.matches("[A-Za-z0-9_-]+")) {
        problem(where.at("id"), "'" + id + "' may hold only letters, digits, '_' and '-'");
      } else if (!ids.add(id)) {
        problem(where.at("id"), "'" + id + "' is used by an earlier step; step ids must be unique");
      }
      where = Location.step(index, id, null);
    }
    unknownKeys(map, STEP_KEYS, where);
    String app = requiredString(map, "app", where.at("app"));
    String action = requiredString(map, "action", where.at("action"));
    Map<String, Object> input = object(map, "input", where.at("input"));
    String forEach = optionalString(map, "for_each", where.at("for_each"));
    if (forEach != null && PillParser.whole(forEach) == null) {
      problem(
          where.at("for_each"),
          "must be a single data pill naming a list, such as {{steps.read.rows}}");
    }
    int batchSize = batchSize(map, where, forEach != null);
    ErrorPolicy onError = onError(map, where);
    if (id == null || app == null || action == null) {
      return null;
    }
    return new Step(id, app, action, input, forEach, batchSize, onError);
  }

  private int batchSize(Map<String, Object> map, Location where, boolean loops) {
    Object value = map.get("batch_size");
    if (value == null) {
      return 0;
    }
    if (!loops) {
      problem(
          where.at("batch_size"),
          "needs for_each: it sets how many list elements each {{item}} holds");
      return 0;
    }
    if (value instanceof BigDecimal number
        && number.signum() > 0
        && number.stripTrailingZeros().scale() <= 0) {
      return number.intValueExact();
    }
    problem(where.at("batch_size"), "must be a positive whole number, not " + Json.compact(value));
    return 0;
  }

  private ErrorPolicy onError(Map<String, Object> map, Location where) {
    String value = optionalString(map, "on_error", where.at("on_error"));
    if (value == null) {
      return ErrorPolicy.STOP;
    }
    for (ErrorPolicy policy : ErrorPolicy.values()) {
      if (policy.wireName().equals(value.toLowerCase(Locale.ROOT))) {
        return policy;
      }
    }
    problem(
        where.at("on_error"), "'" + value + "' is not a policy; expected stop, continue or skip");
    return ErrorPolicy.STOP;
  }

  private void checkSecrets(Object value, String where, Map<String, Object> root) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        String path = where.isEmpty() ? key : where + "." + key;
        if (SecretKeys.isConnection(key)) {
          problem(location(path, root), "recipes must not hold connections; " + SECRETS_ADVICE);
        } else if (SecretKeys.looksSecret(key) && isLiteral(entry.getValue())) {
          problem(
              location(path, root),
              "'"
                  + key
                  + "' looks like a secret, and secrets never belong in a recipe; "
                  + SECRETS_ADVICE);
        } else {
          checkSecrets(entry.getValue(), path, root);
        }
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        checkSecrets(list.get(i), where + "[" + i + "]", root);
      }
    }
  }

  /** The location of a path found by walking the raw JSON, e.g. {@code steps[0].input.token}. */
  private static Location location(String path, Map<String, Object> root) {
    Matcher step = STEP_PATH.matcher(path);
    if (step.matches()) {
      int index = Integer.parseInt(step.group(1));
      Object id =
          root.get("steps") instanceof List<?> steps
                  && index < steps.size()
                  && steps.get(index) instanceof Map<?, ?> map
                  && map.get("id") instanceof String s
              ? s
              : null;
      return Location.step(index, (String) id, step.group(2));
    }
    if (path.equals("trigger") || path.startsWith("trigger.")) {
      return Location.trigger(path.equals("trigger") ? null : path.substring("trigger.".length()));
    }
    return Location.recipe(path);
  }

  private static boolean isLiteral(Object value) {
    return value instanceof String s && !s.isEmpty() && PillParser.whole(s) == null;
  }

  private void unknownKeys(Map<String, Object> map, Set<String> known, Location where) {
    for (String key : map.keySet()) {
      if (!known.contains(key) && !SecretKeys.isConnection(key)) {
        problem(
            where, "unknown key '" + key + "' (expected " + String.join(", ", sorted(known)) + ")");
      }
    }
  }

  private String requiredString(Map<String, Object> map, String key, Location where) {
    Object value = map.get(key);
    if (value == null) {
      problem(where, "is required");
      return null;
    }
    if (!(value instanceof String s) || s.isBlank()) {
      problem(where, "must be a non-empty string, not " + Json.compact(value));
      return null;
    }
    return s;
  }

  private String optionalString(Map<String, Object> map, String key, Location where) {
    return map.get(key) == null ? null : requiredString(map, key, where);
  }

  private Map<String, Object> object(Map<String, Object> map, String key, Location where) {
    Object value = map.get(key);
    if (value == null) {
      return new LinkedHashMap<>();
    }
    if (!(value instanceof Map<?, ?>)) {
      problem(where, "must be an object, not " + Json.kind(value));
      return new LinkedHashMap<>();
    }
    return cast(value);
  }

  private void problem(Location where, String message) {
    problems.add(new Problem(where, message));
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object value) {
    return (Map<String, Object>) value;
  }
}
