package dev.cprops.recipes.state;

import dev.cprops.connector.spi.Json;
import dev.cprops.connector.spi.JsonFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which servers a state directory belongs to: {@code servers.json} maps each app to the base URL
 * its cursor and dedup keys came from. A run against another server gets a warning (its cursor
 * would skip records or sync them again), and the file then records the new server.
 */
public final class StateOwner {
  /** The file's name in the state directory. */
  public static final String FILE = "servers.json";

  private StateOwner() {}

  /**
   * Records the servers of this run, returning a warning for each app whose state came from another
   * server.
   *
   * @param dir the state directory (created if missing)
   * @param endpoints the base URL per app of this run's connections
   */
  public static List<String> claim(Path dir, Map<String, String> endpoints) {
    if (endpoints.isEmpty()) {
      return List.of();
    }
    Path file = dir.resolve(FILE);
    Map<String, Object> recorded = new LinkedHashMap<>();
    try {
      if (Files.exists(file)) {
        recorded.putAll(Json.parseObject(Files.readString(file, StandardCharsets.UTF_8)));
      }
    } catch (IOException | JsonFormatException e) {
      // an unreadable record is replaced below
    }
    List<String> warnings = new ArrayList<>();
    endpoints.forEach(
        (app, url) -> {
          Object before = recorded.get(app);
          if (before != null && !before.equals(url)) {
            warnings.add(
                "the state directory "
                    + dir
                    + " belongs to "
                    + before
                    + " for app '"
                    + app
                    + "', but this run uses "
                    + url
                    + ": its cursor and dedup keys came from the other server, so records may be"
                    + " skipped or synced again (use another --state, or delete the directory to"
                    + " start over)");
          }
          recorded.put(app, url);
        });
    try {
      Files.createDirectories(dir);
      AtomicFiles.write(file, Json.pretty(recorded).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return warnings;
  }
}
