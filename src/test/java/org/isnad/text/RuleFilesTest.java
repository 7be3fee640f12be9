package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundled rule file ({@code org/isnad/**}{@code /*.txt}) loads through {@link RuleFile},
 * holds at least one entry, and lists each entry once: a list exists once and says each word once.
 */
class RuleFilesTest {
  private static List<String> ruleFiles() throws IOException, URISyntaxException {
    // the main build's classes folder (not the test resources, which come first on the path)
    Path root = Path.of(RuleFile.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI()).resolve("org/isnad");
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".txt"))
          .map(p -> "/org/isnad/" + root.relativize(p).toString().replace('\\', '/')).sorted()
          .toList();
    }
  }

  @Test
  void everyRuleFileLoadsAndListsEachEntryOnce() throws Exception {
    List<String> files = ruleFiles();
    assertTrue(files.size() > 100, "rule files found: " + files.size());
    List<String> problems = new ArrayList<>();
    for (String file : files) {
      List<String> entries = RuleFile.read(RuleFile.class, file);
      if (entries.isEmpty()) {
        problems.add(file + ": no entry");
      }
      Set<String> seen = new HashSet<>();
      for (String entry : entries) {
        if (!seen.add(entry.replaceAll("\\s+", " "))) {
          problems.add(file + ": twice: " + entry);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theTimeListsNamedInIssue16AreBundled() throws Exception {
    List<String> files = ruleFiles();
    for (String name : List.of("seasons.txt", "recurrences.txt", "first-words.txt",
        "days-before.txt", "plural-units.txt", "count-words.txt")) {
      assertTrue(files.contains("/org/isnad/annotate/time/" + name), name);
    }
    assertFalse(RuleFile.read(RuleFile.class, "/org/isnad/annotate/time/seasons.txt").isEmpty());
  }
}
