package dev.cprops.recipes.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriggerStateTest {
  @TempDir Path dir;

  @Test
  void handledKeysSurviveACrashBeforeTheCommit() {
    try (TriggerState state = TriggerState.open(dir, "app.trigger", 100)) {
      state.markHandled("a");
      state.markHandled("b");
    }
    try (TriggerState reopened = TriggerState.open(dir, "app.trigger", 100)) {
      assertThat(reopened.cursor()).isNull();
      assertThat(reopened.seen("a")).isTrue();
      assertThat(reopened.seen("b")).isTrue();
      assertThat(reopened.seen("c")).isFalse();
    }
  }

  @Test
  void commitSavesCursorAndKeysAtomically_andEmptiesTheJournal() throws Exception {
    try (TriggerState state = TriggerState.open(dir, "t", 100)) {
      state.markHandled("a\nwith newline");
      state.commit("cursor-1");
      state.commit(null);
    }
    assertThat(Files.size(dir.resolve("t.seen"))).isZero();
    try (Stream files = new Stream(dir)) {
      assertThat(files.names()).containsExactlyInAnyOrder("t.json", "t.seen");
    }
    try (TriggerState reopened = TriggerState.open(dir, "t", 100)) {
      assertThat(reopened.cursor()).isEqualTo("cursor-1");
      assertThat(reopened.seen("a\nwith newline")).isTrue();
    }
  }

  @Test
  void aTornLastJournalLine_isIgnored() throws Exception {
    Files.writeString(dir.resolve("t.seen"), "\"a\"\n\"b");
    try (TriggerState state = TriggerState.open(dir, "t", 100)) {
      assertThat(state.seen("a")).isTrue();
      assertThat(state.seen("b")).isFalse();
    }
  }

  @Test
  void theWindowKeepsOnlyTheNewestKeys() {
    DedupWindow window = new DedupWindow(3);
    for (String key : new String[] {"a", "b", "c", "d"}) {
      window.add(key);
    }
    assertThat(window.keys()).containsExactly("b", "c", "d");
  }

  /** Lists a directory (no temp files may be left behind). */
  private static final class Stream implements AutoCloseable {
    private final java.util.stream.Stream<Path> paths;

    Stream(Path dir) throws Exception {
      this.paths = Files.list(dir);
    }

    java.util.List<String> names() {
      return paths.map(p -> p.getFileName().toString()).toList();
    }

    @Override
    public void close() {
      paths.close();
    }
  }
}
