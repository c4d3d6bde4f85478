package dev.cprops.recipes.state;

import dev.cprops.connector.spi.Json;
import dev.cprops.recipes.failure.FileErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One trigger's saved state in a state directory: its cursor and its recent dedup keys.
 *
 * <p>Two files: {@code <name>.json} holds the cursor and the keys, replaced atomically by {@link
 * #commit(String)}; {@code <name>.seen} is a journal to which {@link #markHandled(String)} appends
 * (and forces) each handled event's key, so that keys survive a crash before the next commit. A
 * commit folds the journal into the JSON file and empties it. Loading reads both and ignores a torn
 * last journal line. Not thread-safe; one runner owns it at a time.
 */
public final class TriggerState implements AutoCloseable {
  private static final String ADVICE = "; fix it, or choose another directory with --state DIR";

  private final Path stateFile;
  private final Path journalFile;
  private final DedupWindow window;
  private String cursor;
  private FileChannel journal;

  private TriggerState(Path stateFile, Path journalFile, DedupWindow window, String cursor) {
    this.stateFile = stateFile;
    this.journalFile = journalFile;
    this.window = window;
    this.cursor = cursor;
  }

  /**
   * Loads (or starts) the state of one trigger.
   *
   * @param dir the state directory (created when needed)
   * @param name a file-safe name for the trigger, e.g. {@code fake.changes}
   * @param capacity how many dedup keys to keep
   * @throws StateException if the files exist but cannot be read
   */
  public static TriggerState open(Path dir, String name, int capacity) {
    Path stateFile = dir.resolve(name + ".json");
    Path journalFile = dir.resolve(name + ".seen");
    DedupWindow window = new DedupWindow(capacity);
    String cursor = null;
    try {
      if (Files.exists(stateFile)) {
        Map<String, Object> saved =
            Json.parseObject(Files.readString(stateFile, StandardCharsets.UTF_8));
        cursor = (String) saved.get("cursor");
        for (Object key : (List<?>) saved.getOrDefault("dedup_keys", List.of())) {
          window.add((String) key);
        }
      }
      if (Files.exists(journalFile)) {
        String journal = Files.readString(journalFile, StandardCharsets.UTF_8);
        int end = journal.lastIndexOf('\n');
        if (end >= 0) {
          for (String line : journal.substring(0, end).split("\n")) {
            if (!line.isBlank()) {
              window.add((String) Json.parse(line));
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new StateException(
          FileErrors.describe("read", "the state directory", dir, e) + ADVICE, e);
    }
    return new TriggerState(stateFile, journalFile, window, cursor);
  }

  /** The saved cursor, or {@code null} before the first commit. */
  public String cursor() {
    return cursor;
  }

  /** Whether an event with this dedup key was already handled. */
  public boolean seen(String key) {
    return window.contains(key);
  }

  /** Records that an event's steps have run: the key is journaled and forced to disk at once. */
  public void markHandled(String key) {
    window.add(key);
    byte[] line = (Json.compact(key) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      if (journal == null) {
        Files.createDirectories(journalFile.getParent());
        journal =
            FileChannel.open(
                journalFile,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
      }
      ByteBuffer buffer = ByteBuffer.wrap(line);
      while (buffer.hasRemaining()) {
        journal.write(buffer);
      }
      journal.force(false);
    } catch (IOException e) {
      throw new StateException(
          FileErrors.describe("write", "the state file", journalFile, e) + ADVICE, e);
    }
  }

  /**
   * Saves the cursor and the dedup keys atomically, then empties the journal.
   *
   * @param nextCursor the new cursor; {@code null} keeps the current one
   */
  public void commit(String nextCursor) {
    if (nextCursor != null) {
      cursor = nextCursor;
    }
    Map<String, Object> saved = new LinkedHashMap<>();
    saved.put("cursor", cursor);
    saved.put("dedup_keys", window.keys());
    try {
      AtomicFiles.write(stateFile, Json.pretty(saved).getBytes(StandardCharsets.UTF_8));
      if (journal != null) {
        journal.truncate(0);
        journal.force(true);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new StateException(
          FileErrors.describe("write", "the state file", stateFile, e) + ADVICE, e);
    }
  }

  @Override
  public void close() {
    if (journal != null) {
      try {
        journal.close();
      } catch (IOException e) {
        throw new StateException("cannot close " + journalFile, e);
      }
      journal = null;
    }
  }
}
