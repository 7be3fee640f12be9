package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The facade is the CLI's only door to the engine: no class of {@code org.isnad.cli} names a
 * stage package (by import or fully qualified), only {@code org.isnad} top-level types, the
 * model, evaluation, export, picocli and the JDK.
 */
class CliDoorTest {
  private static final Pattern STAGE = Pattern.compile(
      "org\\.isnad\\.(annotate|link|timeline|extract|ingest|text|store|serve)\\b");

  @Test
  void noCliClassNamesAStagePackage() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/java/org/isnad/cli"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = STAGE.matcher(lines.get(i));
          if (m.find()) {
            found.add(file.getFileName() + ":" + (i + 1) + " " + lines.get(i).strip());
          }
        }
      }
    }
    assertEquals(List.of(), found, "cli classes must reach the stages through org.isnad.Isnad");
  }
}
