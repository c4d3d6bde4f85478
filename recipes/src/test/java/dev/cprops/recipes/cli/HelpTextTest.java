package dev.cprops.recipes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.recipes.runner.Sleeper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Issue 16, point 9: {@code recipe --help} and {@code run --help} read cleanly. */
class HelpTextTest {

  private static String help(String... args) {
    StringWriter out = new StringWriter();
    CommandLine commandLine =
        RecipeCommand.commandLine(
            new CliContext(Map.of(), Clock.systemUTC(), Sleeper.SYSTEM, List::of, false, false));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(out, true));
    assertThat(commandLine.execute(args)).isZero();
    return out.toString();
  }

  @Test
  void everyLineFitsEightyColumns_andNoSentenceIsBrokenByHand() {
    for (String[] args :
        List.of(
            new String[] {"--help"},
            new String[] {"run", "--help"},
            new String[] {"exec", "--help"},
            new String[] {"describe", "--help"},
            new String[] {"validate", "--help"})) {
      String text = help(args);
      assertThat(text.lines()).as(String.join(" ", args)).allMatch(line -> line.length() <= 80);
      // a description line that ends in a word picocli broke off early is followed by a lone word
      assertThat(text).as(String.join(" ", args)).doesNotContainPattern("(?m)^\\S+\\R\\S");
    }
  }

  @Test
  void theCommandListGivesEachCommandAWholeSentence() {
    String text = help("--help");
    Matcher commands = Pattern.compile("(?m)^  (run|exec|describe|validate) +(.*)$").matcher(text);
    int found = 0;
    while (commands.find()) {
      found++;
      String summary = commands.group(2);
      int at = commands.end();
      Matcher continued = Pattern.compile("\\G\\R {14}(.*)").matcher(text);
      if (continued.find(at)) {
        summary += " " + continued.group(1);
      }
      assertThat(summary).as(commands.group(1)).endsWith(".").doesNotEndWith(";.");
    }
    assertThat(found).isEqualTo(4);
  }

  @Test
  void runHelp_listsTheEverydayOptionsFirst_thenTheWebhookOnes_eachDefaultOnce() {
    String text = help("run", "--help");
    List<String> order =
        List.of(
            "FILE",
            "--once",
            "--connections",
            "--state",
            "--failed-out",
            "--progress-every",
            "--listen",
            "--callback-url",
            "--keep-subscription",
            "--max-events",
            "--duration",
            "--ack-timeout");
    int previous = text.indexOf("\n\n");
    for (String name : order) {
      int at = text.indexOf("      " + name, previous);
      assertThat(at).as(name + " after the one before it:\n" + text).isGreaterThan(previous);
      previous = at;
    }
    Matcher option = Pattern.compile("(?ms)^ +(--[a-z-]+)[= ].*?(?=^ +-|^\\R|\\z)").matcher(text);
    while (option.find()) {
      assertThat(option.group().split("default", -1).length - 1)
          .as(option.group(1) + " states its default once at most")
          .isLessThanOrEqualTo(1);
    }
  }
}
