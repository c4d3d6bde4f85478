package dev.cprops.recipes.studio;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.Operation;
import dev.cprops.connector.spi.PollingTrigger;
import dev.cprops.connector.spi.Trigger;
import dev.cprops.connector.spi.WebhookTrigger;
import dev.cprops.recipes.pills.Pill;
import dev.cprops.recipes.pills.PillParser;
import dev.cprops.recipes.recipe.ErrorPolicy;
import dev.cprops.recipes.recipe.RecipeValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editor's page model for one recipe: the trigger and its input form, each step with its
 * settings and input form, the data pills each step may use, and the apps and actions to add. Built
 * from the same apps and live fields as {@code describe}.
 */
final class EditorModel {
  private final StudioApps apps;

  EditorModel(StudioApps apps) {
    this.apps = apps;
  }

  Map<String, Object> build(String id, RecipeDocument document) {
    Map<String, Object> tree = document.tree();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("recipeId", id);
    model.put("file", document.file().toString());
    model.put("name", FieldForms.text(tree.get("name")));
    model.put("description", FieldForms.text(tree.get("description")));
    model.put("unsaved", document.changed());
    model.put("isNew", document.isNew());
    List<Map<String, Object>> pillGroups = new ArrayList<>();
    pillGroups.add(recipeGroup());
    model.put("trigger", trigger(document, pillGroups));
    List<Map<String, Object>> steps = new ArrayList<>();
    List<Object> list = document.steps();
    Map<String, List<Field>> outputs = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      steps.add(step(document, i, list.size(), outputs, pillGroups));
    }
    model.put("steps", steps);
    model.put("hasSteps", !steps.isEmpty());
    model.put("pillGroups", pillGroups);
    model.put("palette", palette());
    model.put("triggerChoices", triggerChoices());
    return model;
  }

  private Map<String, Object> trigger(RecipeDocument document, List<Map<String, Object>> pills) {
    Map<String, Object> view = defaults();
    Object spec = document.tree().get("trigger");
    Map<String, Object> map =
        spec instanceof Map<?, ?> ? RecipeDocument.map(spec) : new LinkedHashMap<>();
    String appId = map.get("app") instanceof String s ? s : null;
    String triggerId = map.get("trigger") instanceof String s ? s : null;
    view.put("app", appId);
    view.put("triggerId", triggerId);
    Optional<Connector> app = apps.app(appId);
    Optional<? extends Operation> operation = apps.trigger(appId, triggerId);
    if (app.isEmpty() || operation.isEmpty()) {
      view.put("missing", "unknown trigger " + appId + (triggerId == null ? "" : "." + triggerId));
      return view;
    }
    Trigger trigger = (Trigger) operation.get();
    view.put("title", app.get().title() + ": " + trigger.title());
    view.put("help", trigger.help());
    view.put("webhook", trigger instanceof WebhookTrigger);
    view.put("polling", trigger instanceof PollingTrigger && !appId.equals("schedule"));
    view.put("pollInterval", FieldForms.text(map.get("poll_interval")));
    Connection connection = apps.connection(app.get()).orElse(null);
    try {
      view.put(
          "inputs",
          forms(app.get(), connection)
              .inputs(trigger.inputFields(connection), TreePath.parse("trigger.input"), document));
      List<Field> outputs = trigger.outputFields(connection);
      pills.add(group("Trigger: " + trigger.title(), -1, false, "trigger", outputs));
    } catch (ConnectorException e) {
      view.put("fieldsError", "cannot read the live fields: " + e.getMessage());
    }
    return view;
  }

  private Map<String, Object> step(
      RecipeDocument document,
      int index,
      int count,
      Map<String, List<Field>> outputs,
      List<Map<String, Object>> pills) {
    Map<String, Object> view = defaults();
    Object raw = document.steps().get(index);
    Map<String, Object> step = raw instanceof Map<?, ?> ? RecipeDocument.map(raw) : Map.of();
    String id = FieldForms.text(step.get("id"));
    String appId = step.get("app") instanceof String s ? s : null;
    String actionId = step.get("action") instanceof String s ? s : null;
    String base = "steps." + index;
    view.put("index", index);
    view.put("number", index + 1);
    view.put("path", base);
    view.put("id", id);
    view.put("app", appId);
    view.put("action", actionId);
    view.put("forEach", FieldForms.text(step.get("for_each")));
    view.put("batchSize", FieldForms.text(step.get("batch_size")));
    view.put("up", index - 1);
    view.put("down", index + 1);
    view.put("first", index == 0);
    view.put("last", index == count - 1);
    String onError = FieldForms.text(step.get("on_error"));
    List<Map<String, Object>> policies = new ArrayList<>();
    for (ErrorPolicy policy : ErrorPolicy.values()) {
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("value", policy.wireName());
      option.put(
          "selected",
          policy.wireName().equals(onError) || (onError.isEmpty() && policy == ErrorPolicy.STOP));
      policies.add(option);
    }
    view.put("policies", policies);
    Optional<Connector> app = apps.app(appId);
    Optional<Action> action = apps.action(appId, actionId);
    boolean loops = step.get("for_each") != null;
    if (app.isEmpty() || action.isEmpty()) {
      view.put("missing", "unknown action " + appId + "." + actionId);
      return view;
    }
    view.put("title", app.get().title() + ": " + action.get().title());
    view.put("help", action.get().help());
    Connection connection =
        app.get().connectionFields().isEmpty()
            ? app.get().connect(Map.of())
            : apps.connection(app.get()).orElse(null);
    view.put("refreshable", !app.get().connectionFields().isEmpty());
    try {
      // Every step gets its loop-element pills; the page shows them once for_each is set.
      pills.add(itemGroup(step, index, outputs));
      List<Field> inputFields = action.get().inputFields(connection);
      view.put(
          "inputs",
          forms(app.get(), connection)
              .inputs(inputFields, TreePath.parse(base + ".input"), document));
      if (AutoMap.offered(app.get(), inputFields)) {
        view.put("automap", true);
        view.put(
            "automapTarget",
            FieldForms.htmlId(TreePath.parse(base + ".input").child(AutoMap.MAPPING)));
      }
      List<Field> out =
          loops ? RecipeValidator.LOOP_OUTPUT_FIELDS : action.get().outputFields(connection);
      if (!id.isEmpty()) {
        outputs.put(id, out);
        pills.add(group("Step " + (index + 1) + ": " + id, index, false, "steps." + id, out));
      }
    } catch (ConnectorException e) {
      view.put("fieldsError", "cannot read the live fields: " + e.getMessage());
    }
    return view;
  }

  /**
   * A section's model with every optional key set, so no name is looked up in the enclosing context
   * (Mustache's scoping would show the page's title as a step's).
   */
  private static Map<String, Object> defaults() {
    Map<String, Object> view = new LinkedHashMap<>();
    for (String key :
        List.of(
            "title",
            "help",
            "missing",
            "fieldsError",
            "refreshable",
            "webhook",
            "polling",
            "automap",
            "automapTarget")) {
      view.put(key, false);
    }
    view.put("inputs", List.of());
    return view;
  }

  private Map<String, Object> itemGroup(
      Map<String, Object> step, int index, Map<String, List<Field>> outputs) {
    Pill list = null;
    if (step.get("for_each") instanceof String forEach) {
      try {
        list = PillParser.whole(forEach);
      } catch (RuntimeException e) {
        list = null;
      }
    }
    List<Field> itemFields = List.of();
    if (list != null && list.stepId() != null && outputs.containsKey(list.stepId())) {
      Field field = find(outputs.get(list.stepId()), list.path());
      if (field != null && field.type() == FieldType.ARRAY) {
        itemFields = field.properties();
      }
    }
    boolean batch = step.get("batch_size") != null;
    Map<String, Object> group =
        group(
            "Loop element of step " + (index + 1) + (batch ? " (a batch: a list)" : ""),
            index,
            true,
            "item",
            batch ? List.of() : itemFields);
    group.put("loopStep", index);
    return group;
  }

  private static Field find(List<Field> fields, List<Object> path) {
    List<Field> level = fields;
    Field found = null;
    for (Object segment : path) {
      found = level.stream().filter(f -> f.name().equals(segment)).findFirst().orElse(null);
      if (found == null) {
        return null;
      }
      level = found.properties();
    }
    return found;
  }

  private Map<String, Object> recipeGroup() {
    List<Map<String, Object>> nodes = new ArrayList<>();
    nodes.add(node("{{recipe.name}}", "Recipe name", "string", List.of()));
    nodes.add(node("{{recipe.dir}}", "Recipe folder", "string", List.of()));
    Map<String, Object> group = new LinkedHashMap<>();
    group.put("title", "Recipe");
    group.put("after", -2);
    group.put("loop", false);
    group.put("loopStep", -1);
    group.put("nodes", nodes);
    return group;
  }

  private static Map<String, Object> group(
      String title, int after, boolean loop, String root, List<Field> fields) {
    Map<String, Object> group = new LinkedHashMap<>();
    group.put("title", title);
    group.put("after", after);
    group.put("loop", loop);
    group.put("loopStep", -1);
    List<Map<String, Object>> nodes = new ArrayList<>();
    if (loop) {
      nodes.add(node("{{item}}", "The whole element", "object", List.of()));
    }
    nodes.addAll(nodes(root, fields));
    group.put("nodes", nodes);
    return group;
  }

  private static List<Map<String, Object>> nodes(String prefix, List<Field> fields) {
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (Field field : fields) {
      String path = prefix + "." + pillKey(field.name());
      List<Map<String, Object>> children =
          field.type() == FieldType.OBJECT ? nodes(path, field.properties()) : List.of();
      nodes.add(node("{{" + path + "}}", field.label(), FieldForms.typeLabel(field), children));
    }
    return nodes;
  }

  private static String pillKey(String name) {
    return name.matches("[A-Za-z_][A-Za-z0-9_-]*")
        ? name
        : "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  private static Map<String, Object> node(
      String pill, String label, String type, List<Map<String, Object>> children) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("pill", pill.replace(".[", "["));
    node.put("label", label);
    node.put("type", type);
    node.put("children", children);
    node.put("hasChildren", !children.isEmpty());
    return node;
  }

  private FieldForms forms(Connector app, Connection connection) {
    return new FieldForms(app::pickList, connection);
  }

  private List<Map<String, Object>> palette() {
    List<Map<String, Object>> palette = new ArrayList<>();
    for (Connector app : apps.registry().all()) {
      if (app.actions().isEmpty()) {
        continue;
      }
      List<Map<String, Object>> actions = new ArrayList<>();
      for (Action action : app.actions()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("app", app.id());
        entry.put("action", action.id());
        entry.put("title", action.title());
        actions.add(entry);
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("app", app.id());
      entry.put("title", app.title());
      entry.put("actions", actions);
      palette.add(entry);
    }
    return palette;
  }

  /** Every trigger of every app, for the "new recipe" and "change trigger" choices. */
  List<Map<String, Object>> triggerChoices() {
    List<Map<String, Object>> choices = new ArrayList<>();
    for (Connector app : apps.registry().all()) {
      for (Trigger trigger : app.triggers()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("value", app.id() + "." + trigger.id());
        entry.put(
            "label",
            app.title()
                + ": "
                + trigger.title()
                + (trigger instanceof WebhookTrigger ? " (webhook)" : ""));
        choices.add(entry);
      }
    }
    return choices;
  }
}
