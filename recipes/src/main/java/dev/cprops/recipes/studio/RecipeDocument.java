package dev.cprops.recipes.studio;

import dev.cprops.connector.spi.Json;
import dev.cprops.connector.spi.JsonFormatException;
import dev.cprops.recipes.recipe.Recipe;
import dev.cprops.recipes.recipe.RecipeParser;
import dev.cprops.recipes.state.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One recipe file being edited: its JSON tree (keys in file order) and the text it was read from.
 * Saving an unchanged tree writes the original text byte for byte; a changed one is written as JSON
 * indented by two spaces, keys in the order they were read or added. Values the studio has no form
 * for (unknown keys, nested JSON) are kept as they are. Not thread-safe: the library guards it.
 */
final class RecipeDocument {
  private final Path file;
  private String original;
  private Map<String, Object> tree;

  private RecipeDocument(Path file, String original, Map<String, Object> tree) {
    this.file = file;
    this.original = original;
    this.tree = tree;
  }

  /**
   * Reads a recipe file.
   *
   * @throws JsonFormatException if it is not a JSON object
   * @throws IOException if it cannot be read
   */
  static RecipeDocument open(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return new RecipeDocument(file, text, Json.parseObject(text));
  }

  /** A new recipe, not yet on disk: a name, a trigger and no steps. */
  static RecipeDocument create(Path file, String name, String app, String trigger) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("name", name);
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("app", app);
    if (trigger != null) {
      spec.put("trigger", trigger);
    }
    spec.put("input", new LinkedHashMap<>());
    tree.put("trigger", spec);
    tree.put("steps", new ArrayList<>());
    return new RecipeDocument(file, null, tree);
  }

  Path file() {
    return file;
  }

  Map<String, Object> tree() {
    return tree;
  }

  /** Whether the file does not exist yet. */
  boolean isNew() {
    return original == null;
  }

  /** Whether the tree differs from the file. */
  boolean changed() {
    return original == null || !Json.compact(Json.parseObject(original)).equals(Json.compact(tree));
  }

  /** The file's text as it would be saved. */
  String text() {
    return changed() ? Json.pretty(tree) + "\n" : original;
  }

  /** Writes the file (atomically); an unchanged recipe is written byte for byte as read. */
  void save() throws IOException {
    String text = text();
    Files.createDirectories(file.toAbsolutePath().getParent());
    AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    original = text;
    tree = Json.parseObject(text);
  }

  /** Drops the changes: the tree as in the file. */
  void revert() {
    if (original != null) {
      tree = Json.parseObject(original);
    }
  }

  /**
   * The recipe as the runner reads it.
   *
   * @throws dev.cprops.recipes.recipe.RecipeException listing the shape problems
   */
  Recipe parse() {
    return RecipeParser.parse(Json.compact(tree), file.toAbsolutePath().normalize().getParent());
  }

  /** The value at a path such as {@code steps.1.input.email}, or {@code null}. */
  Object get(TreePath path) {
    Object node = tree;
    for (String segment : path.segments()) {
      node = child(node, segment);
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  /**
   * Sets the value at a path, creating objects on the way; {@code null} removes the key (an empty
   * form input means "not mapped").
   *
   * @throws IllegalArgumentException if the path runs through a value that is not an object or a
   *     list, or names a list index out of range
   */
  void set(TreePath path, Object value) {
    List<String> segments = path.segments();
    Object node = tree;
    for (int i = 0; i < segments.size() - 1; i++) {
      Object next = child(node, segments.get(i));
      if (next == null) {
        if (value == null) {
          return;
        }
        if (!(node instanceof Map<?, ?>)) {
          throw new IllegalArgumentException(path + ": no such place in the recipe");
        }
        next = new LinkedHashMap<String, Object>();
        map(node).put(segments.get(i), next);
      }
      node = next;
    }
    String last = segments.get(segments.size() - 1);
    if (node instanceof Map<?, ?>) {
      if (value == null) {
        map(node).remove(last);
      } else {
        map(node).put(last, value);
      }
    } else if (node instanceof List<?> && value != null) {
      list(node).set(index(node, last, path), value);
    } else {
      throw new IllegalArgumentException(path + ": no such place in the recipe");
    }
  }

  /** The steps list, created when missing. */
  List<Object> steps() {
    Object steps = tree.get("steps");
    if (!(steps instanceof List<?>)) {
      steps = new ArrayList<>();
      tree.put("steps", steps);
    }
    return list(steps);
  }

  private static Object child(Object node, String segment) {
    if (node instanceof Map<?, ?> map) {
      return map.get(segment);
    }
    if (node instanceof List<?> list) {
      try {
        int i = Integer.parseInt(segment);
        return i >= 0 && i < list.size() ? list.get(i) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static int index(Object list, String segment, TreePath path) {
    try {
      int i = Integer.parseInt(segment);
      if (i >= 0 && i < ((List<?>) list).size()) {
        return i;
      }
    } catch (NumberFormatException e) {
      // falls through to the error
    }
    throw new IllegalArgumentException(path + ": no such place in the recipe");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return (List<Object>) value;
  }
}
