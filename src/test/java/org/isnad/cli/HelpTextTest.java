package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option of every command is described in {@code --help}, also those of mixins whose
 * descriptions come from a resource bundle (a missing key would leave the line empty), and no
 * description shows an unresolved variable.
 */
class HelpTextTest {
  @Test
  void everyOptionOfEveryCommandHasADescription() {
    List<String> missing = new ArrayList<>();
    visit(Main.commandLine(), missing);
    assertTrue(missing.isEmpty(), "options without a description: " + missing);
  }

  private static void visit(CommandLine cli, List<String> missing) {
    for (OptionSpec option : cli.getCommandSpec().options()) {
      String text = String.join(" ", option.description());
      if (text.isBlank() || text.contains("${")) {
        missing.add(cli.getCommandSpec().qualifiedName() + " " + option.longestName());
      }
    }
    cli.getSubcommands().values().forEach(sub -> visit(sub, missing));
  }

  @Test
  void mixinDefaultsAreEachCommandsOwn() {
    String time = usage("eval", "time");
    assertTrue(time.contains("(default: eval/time/gold.tsv)"), time);
    assertTrue(time.contains("differing expression"), time);
    String timeline = usage("eval", "timeline");
    assertTrue(timeline.contains("(default: eval/timeline/gold.tsv)"), timeline);
    assertTrue(timeline.contains("/shared/data/saudinewsnet/dataset)"), timeline);
    String clusters = usage("train", "clusters");
    assertTrue(clusters.contains("Table to write (default: src/main/resources/org/isnad/"), clusters);
    assertFalse(clusters.contains("Model file"), clusters);
  }

  private static String usage(String... path) {
    CommandLine cli = Main.commandLine();
    for (String name : path) {
      cli = cli.getSubcommands().get(name);
    }
    return cli.getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", " ");
  }
}
