package dev.cprops.recipes.studio;

import dev.cprops.connector.spi.Json;
import dev.cprops.connector.spi.JsonFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The recipe files under one directory (up to three levels deep): a JSON object with a {@code
 * trigger} or {@code steps} key is a recipe. Files are named by their path relative to the
 * directory, with {@code /}; only files found here can be opened, so no request reaches a file
 * outside the directory. Open documents are kept (with their unsaved changes) until saved or
 * reverted.
 */
final class RecipeLibrary {
  private static final int DEPTH = 3;

  private final Path root;
  private final Map<String, RecipeDocument> open = new ConcurrentHashMap<>();

  RecipeLibrary(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  Path root() {
    return root;
  }

  /** One entry of the list. */
  record Entry(String id, String name, String trigger, int steps, boolean unsaved) {}

  /** The recipes found, sorted by file, plus new ones not saved yet. */
  List<Entry> list() {
    List<Entry> entries = new ArrayList<>();
    for (String id : ids()) {
      RecipeDocument document = open.get(id);
      Map<String, Object> tree = document != null ? document.tree() : read(root.resolve(id));
      if (tree != null) {
        entries.add(entry(id, tree, document != null && document.changed()));
      }
    }
    return entries;
  }

  /** The document for a file id, if it is a recipe under the directory. */
  Optional<RecipeDocument> document(String id) {
    RecipeDocument document = open.get(id);
    if (document != null) {
      return Optional.of(document);
    }
    if (!ids().contains(id)) {
      return Optional.empty();
    }
    try {
      return Optional.of(open.computeIfAbsent(id, key -> openFile(root.resolve(key))));
    } catch (JsonFormatException e) {
      return Optional.empty();
    }
  }

  /** Forgets unsaved changes and new recipes never saved. */
  void forget(String id) {
    open.remove(id);
  }

  /**
   * Starts a new recipe in {@code <dir>/<name as a file name>/recipe.json}.
   *
   * @return its id
   * @throws IllegalArgumentException if the name is blank or the file exists
   */
  String create(String name, String app, String trigger) {
    String folder =
        name.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    if (folder.isEmpty()) {
      throw new IllegalArgumentException("name: give the recipe a name with letters or digits");
    }
    String id = folder + "/recipe.json";
    if (Files.exists(root.resolve(id)) || open.containsKey(id)) {
      throw new IllegalArgumentException(
          "name: a recipe '" + id + "' exists already; choose another name");
    }
    open.put(id, RecipeDocument.create(root.resolve(id), name.trim(), app, trigger));
    return id;
  }

  private List<String> ids() {
    List<String> ids = new ArrayList<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root, DEPTH)) {
        files
            .filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f))
            .filter(f -> read(f) != null)
            .map(f -> root.relativize(f).toString().replace('\\', '/'))
            .forEach(ids::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    open.forEach(
        (id, document) -> {
          if (document.isNew() && !ids.contains(id)) {
            ids.add(id);
          }
        });
    ids.sort(null);
    return ids;
  }

  private static Entry entry(String id, Map<String, Object> tree, boolean unsaved) {
    Object trigger = tree.get("trigger");
    String triggerText = "";
    if (trigger instanceof Map<?, ?> spec) {
      triggerText =
          spec.get("app") + (spec.get("trigger") != null ? "." + spec.get("trigger") : "");
    }
    Object name = tree.get("name");
    return new Entry(
        id,
        name instanceof String s ? s : id,
        triggerText,
        tree.get("steps") instanceof List<?> steps ? steps.size() : 0,
        unsaved);
  }

  private static Map<String, Object> read(Path file) {
    try {
      Map<String, Object> tree = Json.parseObject(Files.readString(file, StandardCharsets.UTF_8));
      return tree.containsKey("trigger") || tree.containsKey("steps") ? tree : null;
    } catch (IOException | JsonFormatException e) {
      return null;
    }
  }

  private static RecipeDocument openFile(Path file) {
    try {
      return RecipeDocument.open(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
