package dev.cprops.recipes.studio;

import dev.cprops.connector.spi.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every recipe the project has: the sample files, and every recipe written by hand in the tests
 * (the JSON text blocks of the test sources that hold a trigger and steps), by a name saying where
 * each came from.
 */
final class TestRecipes {
  static final Path SAMPLES = Path.of("samples");
  private static final Path TEST_SOURCES = Path.of("src", "test", "java");
  private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"\\n(.*?)\"\"\"", Pattern.DOTALL);

  private TestRecipes() {}

  /** Name (file, or test file and block number) to the recipe's exact text. */
  static Map<String, String> all() {
    Map<String, String> recipes = new LinkedHashMap<>();
    for (Path file : files(SAMPLES, ".json")) {
      String text = read(file);
      if (text.contains("\"trigger\"")) {
        recipes.put(SAMPLES.relativize(file).toString(), text);
      }
    }
    for (Path file : files(TEST_SOURCES, ".java")) {
      Matcher block = TEXT_BLOCK.matcher(read(file));
      int n = 0;
      while (block.find()) {
        String text = unescape(stripIndent(block.group(1)));
        n++;
        if (text.contains("\"trigger\"") && text.contains("\"steps\"") && isObject(text)) {
          recipes.put(file.getFileName() + "#" + n, text);
        }
      }
    }
    return recipes;
  }

  private static boolean isObject(String text) {
    try {
      Json.parseObject(text);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String stripIndent(String block) {
    return block.stripIndent();
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        switch (next) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case '"' -> out.append('"');
          case '\\' -> out.append('\\');
          default -> out.append(c).append(next);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static List<Path> files(Path root, String suffix) {
    try (Stream<Path> files = Files.walk(root)) {
      return new ArrayList<>(files.filter(f -> f.toString().endsWith(suffix)).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
